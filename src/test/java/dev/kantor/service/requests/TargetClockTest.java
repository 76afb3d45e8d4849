package dev.kantor.service.requests;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import dev.kantor.calendar.BusinessCalendar;
import dev.kantor.calendar.OpeningHours;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The internal target clock: counted in opening hours, standing still while waiting on the requester. */
class TargetClockTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Monday to Friday 08:00 to 17:00; 2026-11-30 is a Monday, 2026-12-02 a holiday. */
    static final BusinessCalendar CALENDAR = calendar();

    static BusinessCalendar calendar() {
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(d, new OpeningHours(LocalTime.of(8, 0), LocalTime.of(17, 0)));
        }
        return new BusinessCalendar(JAKARTA, week, Set.of(LocalDate.of(2026, 12, 2)));
    }

    static Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, 30, hour, minute, 0, 0, JAKARTA)
                .plusDays(day)
                .toInstant();
    }

    @Test
    void countsOnlyOpeningHoursSoATargetFiledLateInTheDayRunsIntoTheNext() {
        // four hours filed on Monday at 15:00: two on Monday, two on Tuesday morning
        TargetClock clock = new TargetClock(CALENDAR, Duration.ofHours(4), at(0, 15, 0), null, List.of());

        assertThat(clock.dueAt(at(0, 15, 0))).isEqualTo(at(1, 10, 0));
        assertThat(clock.elapsed(at(1, 8, 30))).isEqualTo(Duration.ofMinutes(150));
        assertThat(clock.state(at(1, 9, 0))).isEqualTo(TargetClock.State.ON_TRACK);
        assertThat(clock.state(at(1, 9, 15))).as("a fifth or less left").isEqualTo(TargetClock.State.NEAR_BREACH);
        assertThat(clock.state(at(1, 10, 1))).isEqualTo(TargetClock.State.BREACHED);
    }

    @Test
    void skipsAHolidayAsAClosedDay() {
        // eight hours filed on Tuesday at 13:00: four on Tuesday, none on the holiday, four on Thursday
        TargetClock clock = new TargetClock(CALENDAR, Duration.ofHours(8), at(1, 13, 0), null, List.of());

        assertThat(clock.dueAt(at(1, 13, 0))).isEqualTo(at(3, 12, 0));
    }

    @Test
    void standsStillWhileWaitingOnTheRequesterAndMovesTheDueTimeByThePause() {
        List<TargetClock.Span> asked = List.of(new TargetClock.Span(at(0, 9, 0), null));
        TargetClock waiting = new TargetClock(CALENDAR, Duration.ofHours(2), at(0, 8, 0), null, asked);

        assertThat(waiting.state(at(0, 16, 0))).isEqualTo(TargetClock.State.PAUSED);
        assertThat(waiting.elapsed(at(0, 16, 0))).isEqualTo(Duration.ofHours(1));
        assertThat(waiting.dueAt(at(0, 16, 0))).isNull();

        // answered at 11:00: an hour left, due at 12:00
        TargetClock answered = new TargetClock(
                CALENDAR,
                Duration.ofHours(2),
                at(0, 8, 0),
                null,
                List.of(new TargetClock.Span(at(0, 9, 0), at(0, 11, 0))));
        assertThat(answered.dueAt(at(0, 11, 0))).isEqualTo(at(0, 12, 0));
    }

    @Test
    void aResolvedRequestMetItsTargetOnlyWithinIt() {
        TargetClock clock = new TargetClock(CALENDAR, Duration.ofHours(2), at(0, 8, 0), null, List.of());

        assertThat(clock.stoppedAt(at(0, 10, 0)).met()).isTrue();
        assertThat(clock.stoppedAt(at(0, 10, 0)).state(at(4, 9, 0))).isEqualTo(TargetClock.State.MET);
        assertThat(clock.stoppedAt(at(0, 10, 1)).met()).isFalse();
        assertThat(clock.met()).as("still open").isFalse();
    }

    @Test
    void aRequestWaitingForApprovalHasNotStarted() {
        TargetClock clock = new TargetClock(CALENDAR, Duration.ofHours(2), null, null, List.of());

        assertThat(clock.state(at(2, 9, 0))).isEqualTo(TargetClock.State.NOT_STARTED);
        assertThat(clock.elapsed(at(2, 9, 0))).isZero();
        assertThat(clock.dueAt(at(2, 9, 0))).isNull();
    }

    static Stream<Arguments> seeds() {
        return new Random(15).longs(20).mapToObj(Arguments::of);
    }

    /** Whatever the pauses, the time counted plus the time paused is the opening time since it started. */
    @ParameterizedTest
    @MethodSource("seeds")
    void countedAndPausedTimeAddUpToTheOpeningHoursSinceFiling(long seed) {
        Random random = new Random(seed);
        Instant started = at(0, 8 + random.nextInt(9), random.nextInt(60));
        Instant cursor = started;
        List<TargetClock.Span> pauses = new java.util.ArrayList<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            Instant from = cursor.plus(Duration.ofMinutes(1 + random.nextInt(600)));
            Instant to = from.plus(Duration.ofMinutes(1 + random.nextInt(600)));
            pauses.add(new TargetClock.Span(from, to));
            cursor = to;
        }
        Instant now = cursor.plus(Duration.ofMinutes(random.nextInt(600)));
        TargetClock clock = new TargetClock(CALENDAR, Duration.ofHours(8), started, null, pauses);

        Duration paused =
                pauses.stream().map(p -> CALENDAR.between(p.from(), p.to())).reduce(Duration.ZERO, Duration::plus);
        assertThat(clock.elapsed(now).plus(paused)).isEqualTo(CALENDAR.between(started, now));
    }

    /**
     * The clock answers from its deadline (the target plus the pauses, counted from the start) rather than by
     * counting every business day since the start: for any clock, months overdue or not, it answers as counting
     * does.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void answersFromTheDeadlineAsCountingEveryDaySinceTheStartWould(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 50; round++) {
            Instant started = at(-random.nextInt(200), 6 + random.nextInt(14), random.nextInt(60));
            Instant cursor = started;
            List<TargetClock.Span> pauses = new java.util.ArrayList<>();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                Instant from = cursor.plus(Duration.ofMinutes(1 + random.nextInt(3000)));
                boolean open = i == count - 1 && random.nextBoolean();
                Instant to = open ? null : from.plus(Duration.ofMinutes(1 + random.nextInt(3000)));
                pauses.add(new TargetClock.Span(from, to));
                cursor = open ? from : to;
            }
            Instant now = cursor.plus(Duration.ofMinutes(random.nextInt(60 * 24 * (random.nextBoolean() ? 2 : 300))));
            Duration target = Duration.ofMinutes(30 + random.nextInt(60 * 40));
            Instant stopped = random.nextInt(3) == 0 ? now.minus(Duration.ofMinutes(random.nextInt(600))) : null;
            TargetClock clock = new TargetClock(CALENDAR, target, started, stopped, pauses);

            Duration left = target.minus(clock.elapsed(now));
            assertThat(clock.left(now))
                    .as("left, seed %d round %d", seed, round)
                    .isEqualTo(left);
            assertThat(clock.state(now))
                    .as("state, seed %d round %d", seed, round)
                    .isEqualTo(countedState(clock, now));
            assertThat(clock.met())
                    .as("met, seed %d round %d", seed, round)
                    .isEqualTo(stopped != null
                            && !target.minus(clock.elapsed(stopped)).isNegative());
        }
    }

    /** The state as counted day by day since the start: the reference the clock must agree with. */
    private static TargetClock.State countedState(TargetClock clock, Instant now) {
        Duration left = clock.target().minus(clock.elapsed(now));
        if (left.isNegative()) {
            return TargetClock.State.BREACHED;
        }
        if (clock.stopped() != null) {
            return TargetClock.State.MET;
        }
        if (clock.paused()) {
            return TargetClock.State.PAUSED;
        }
        return left.toSeconds() <= clock.target().toSeconds() / 5
                ? TargetClock.State.NEAR_BREACH
                : TargetClock.State.ON_TRACK;
    }
}
