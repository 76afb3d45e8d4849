package dev.kantor.floor.breaks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.kantor.floor.breaks.BreakAnswer.Verdict;
import dev.kantor.floor.coverage.CoverageCount;
import dev.kantor.floor.coverage.DayChange;
import dev.kantor.floor.coverage.DayChange.BreakMoved;
import dev.kantor.floor.coverage.QueueDay;
import dev.kantor.floor.coverage.Span;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShift.PublishedBreak;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "May I take my break now?" on a phone queue with three agents from 08:00 to 16:00: Ani asks, Budi's
 * break is planned at 09:30 and Citra's at 10:30, each fifteen minutes. Ani's own break is planned at
 * 10:00 and may start between 09:30 and 10:30.
 */
class BreakAnswersTest {

    static final long QUEUE = 7;
    static final long ANI = 1;
    static final long BUDI = 2;
    static final long CITRA = 3;
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static Instant at(String time) {
        return Instant.parse("2026-03-02T" + time + ":00Z");
    }

    static PublishedShift shift(long employee, String breakAt) {
        Instant breakStart = at(breakAt);
        return new PublishedShift(
                100 + employee,
                50,
                QUEUE,
                employee,
                DAY,
                "Early",
                at("08:00"),
                at("16:00"),
                List.of(new PublishedBreak(0, "Coffee", breakStart, breakStart.plusSeconds(15 * 60))));
    }

    static final List<PublishedShift> SHIFTS =
            List.of(shift(ANI, "10:00"), shift(BUDI, "09:30"), shift(CITRA, "10:30"));

    static final BreakWindow ANIS_BREAK =
            new BreakWindow(ANI, QUEUE, 101, 0, "Coffee", at("10:00"), at("10:15"), at("09:30"), at("10:30"));

    /** The day from 08:00 to 12:00, requiring {@code agents} everywhere but {@code busy}, which needs more. */
    static QueueDay day(int agents, int busyAgents, List<DayChange> changes) {
        List<CoverageCount.Required> intervals = new ArrayList<>();
        for (Instant start = at("08:00"); start.isBefore(at("12:00")); start = start.plusSeconds(15 * 60)) {
            boolean busy = !start.isBefore(at("09:30")) && start.isBefore(at("10:45"));
            intervals.add(new CoverageCount.Required(
                    new Span(start, start.plusSeconds(15 * 60)), busy ? busyAgents : agents));
        }
        return CoverageCount.count(QUEUE, DAY, intervals, SHIFTS, changes);
    }

    @Test
    void yesWhenTheQueueStaysCoveredForTheBreaksLength() {
        BreakAnswer answer = BreakAnswers.answer(day(2, 2, List.of()), ANIS_BREAK, at("09:50"));

        assertThat(answer.verdict()).isEqualTo(Verdict.YES);
        assertThat(answer.start()).isEqualTo(at("09:50"));
        assertThat(answer.end()).isEqualTo(at("10:05"));
        assertThat(answer.shortFrom()).isNull();
        assertThat(answer.shortBy()).isZero();
    }

    @Test
    void offersTheEarliestLaterStartThatKeepsCoverageAndSaysWhyNotNow() {
        // Budi is away from 09:30 to 09:45: with Ani gone too, only Citra is left on the phones
        BreakAnswer answer = BreakAnswers.answer(day(2, 2, List.of()), ANIS_BREAK, at("09:32"));

        assertThat(answer.verdict()).isEqualTo(Verdict.LATER);
        assertThat(answer.start()).isEqualTo(at("09:45"));
        assertThat(answer.end()).isEqualTo(at("10:00"));
        assertThat(answer.shortFrom()).isEqualTo(at("09:30"));
        assertThat(answer.shortBy()).isEqualTo(1);
    }

    @Test
    void aBreakAnsweredBeforeTheWindowOpensIsOfferedAtTheOpening() {
        BreakAnswer answer = BreakAnswers.answer(day(2, 2, List.of()), ANIS_BREAK, at("09:00"));

        assertThat(answer.verdict()).isEqualTo(Verdict.LATER);
        assertThat(answer.start()).isEqualTo(at("09:45"));
    }

    @Test
    void saysSoAndOffersTheLeastBadStartWhenNoStartInTheWindowKeepsCoverage() {
        // three agents required all morning's busy hour: any break leaves the phones one short at least
        BreakAnswer answer = BreakAnswers.answer(day(2, 3, List.of()), ANIS_BREAK, at("09:30"));

        assertThat(answer.verdict()).isEqualTo(Verdict.NONE);
        // 09:30 and 10:30 are already short of Budi and Citra; 09:45 touches one interval only
        assertThat(answer.start()).isEqualTo(at("09:45"));
        assertThat(answer.shortFrom()).isEqualTo(at("09:45"));
        assertThat(answer.shortBy()).isEqualTo(1);
    }

    @Test
    void breaksAlreadyMovedCountWhereTheyWillBeTaken() {
        // Budi agreed to take his break at 09:50 instead: now 09:50 is his, and 09:30 is free
        List<DayChange> moved = List.of(new BreakMoved(BUDI, 102, 0, at("09:50"), at("10:05")));

        BreakAnswer answer = BreakAnswers.answer(day(2, 2, moved), ANIS_BREAK, at("09:50"));

        assertThat(answer.verdict()).isEqualTo(Verdict.LATER);
        assertThat(answer.start()).isEqualTo(at("10:15"));
        assertThat(BreakAnswers.keepsCoverage(day(2, 2, moved), ANIS_BREAK, at("09:30")))
                .isTrue();
    }

    @Test
    void theAgentsOwnEarlierAgreementIsReplacedByTheStartTried() {
        // Ani agreed 09:30 earlier; asking again at 09:50 her old agreement must not count against her
        List<DayChange> agreed = List.of(new BreakMoved(ANI, 101, 0, at("09:30"), at("09:45")));

        BreakAnswer answer = BreakAnswers.answer(day(2, 2, agreed), ANIS_BREAK, at("09:50"));

        assertThat(answer.verdict()).isEqualTo(Verdict.YES);
    }

    @Test
    void anOverdueBreakIsAnsweredForNowOnly() {
        assertThat(BreakAnswers.starts(ANIS_BREAK, at("11:00"))).containsExactly(at("11:00"));
        assertThat(BreakAnswers.starts(ANIS_BREAK, at("10:17")))
                .containsExactly(at("10:17"), at("10:20"), at("10:25"), at("10:30"));
    }

    /** Whatever the day, a yes or a later offer keeps coverage and lies in the window (or is now). */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void everyOfferKeepsCoverageInsideTheWindow(long seed) {
        Random random = new Random(seed);
        List<DayChange> changes = new ArrayList<>();
        for (long someone : List.of(BUDI, CITRA)) {
            if (random.nextBoolean()) {
                Instant start = at("09:00").plusSeconds(60L * 5 * random.nextInt(24));
                changes.add(new BreakMoved(someone, 100 + someone, 0, start, start.plusSeconds(15 * 60)));
            }
        }
        QueueDay day = day(1 + random.nextInt(2), 1 + random.nextInt(3), changes);
        Instant now = at("09:20").plusSeconds(60L * random.nextInt(80));

        BreakAnswer answer = BreakAnswers.answer(day, ANIS_BREAK, now);

        if (answer.verdict() != Verdict.NONE) {
            assertThat(BreakAnswers.keepsCoverage(day, ANIS_BREAK, answer.start()))
                    .isTrue();
        }
        assertThat(answer.start().equals(now) || ANIS_BREAK.allows(answer.start()))
                .isTrue();
        assertThat(answer.verdict() == Verdict.YES).isEqualTo(answer.start().equals(now) && answer.shortBy() == 0);
    }
}
