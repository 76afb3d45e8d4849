package dev.kantor.cases.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.calendar.BusinessCalendar;
import dev.kantor.calendar.OpeningHours;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlaClockTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final BusinessCalendar WEEKDAYS = weekdays(Set.of(LocalDate.of(2026, 12, 25)));

    static BusinessCalendar weekdays(Set<LocalDate> holidays) {
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, new OpeningHours(LocalTime.of(8, 0), LocalTime.of(17, 0)));
            }
        }
        return new BusinessCalendar(JAKARTA, week, holidays);
    }

    static Instant at(String time) {
        return LocalDateTime.parse(time).atZone(JAKARTA).toInstant();
    }

    static SlaClock clock(Duration target, String started, String stopped, Pause... pauses) {
        return new SlaClock(WEEKDAYS, target, at(started), stopped == null ? null : at(stopped), List.of(pauses));
    }

    @Test
    void runsOnlyDuringBusinessHours() {
        // opened Wednesday 23 December 16:00 with a 4-hour target: one hour that day, one on Thursday by 09:00
        SlaClock clock = clock(Duration.ofHours(4), "2026-12-23T16:00", null);
        assertThat(clock.elapsed(at("2026-12-24T09:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(clock.state(at("2026-12-24T09:00"))).isEqualTo(SlaState.ON_TRACK);
        // Christmas Day is a holiday: 2 hours left on the 24th at 09:00 run out at 11:00 the same day
        assertThat(clock.dueAt(at("2026-12-24T09:00"))).isEqualTo(at("2026-12-24T11:00"));
    }

    @Test
    void skipsHolidaysWhenCountingDown() {
        // opened Thursday 24 December 16:00 with 2 business hours: the 25th is a holiday, so due Monday 28th 09:00
        SlaClock clock = clock(Duration.ofHours(2), "2026-12-24T16:00", null);
        assertThat(clock.dueAt(at("2026-12-24T16:00"))).isEqualTo(at("2026-12-28T09:00"));
        assertThat(clock.state(at("2026-12-25T16:00"))).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void standsStillWhileWaitingOnTheCustomer() {
        // opened Monday 08:00, waited on the customer 09:00–15:00, 8-hour target
        SlaClock clock = clock(
                Duration.ofHours(8),
                "2026-12-14T08:00",
                null,
                new Pause(at("2026-12-14T09:00"), at("2026-12-14T15:00")));
        assertThat(clock.elapsed(at("2026-12-14T16:00"))).isEqualTo(Duration.ofHours(2));

        SlaClock waiting =
                clock(Duration.ofHours(8), "2026-12-14T08:00", null, new Pause(at("2026-12-14T09:00"), null));
        assertThat(waiting.elapsed(at("2026-12-16T16:00"))).isEqualTo(Duration.ofHours(1));
        assertThat(waiting.state(at("2026-12-16T16:00"))).isEqualTo(SlaState.PAUSED);
        assertThat(waiting.dueAt(at("2026-12-16T16:00"))).isNull();
    }

    @Test
    void warnsNearTheTargetAndFlagsABreach() {
        SlaClock clock = clock(Duration.ofHours(10), "2026-12-14T08:00", null);
        assertThat(clock.state(at("2026-12-14T15:00"))).isEqualTo(SlaState.ON_TRACK);
        assertThat(clock.state(at("2026-12-15T08:30"))).isEqualTo(SlaState.NEAR_BREACH);
        assertThat(clock.state(at("2026-12-15T09:01"))).isEqualTo(SlaState.BREACHED);
        assertThat(clock.left(at("2026-12-15T10:00"))).isEqualTo(Duration.ofHours(-1));
    }

    @Test
    void aStoppedClockIsMetOrBreachedForGood() {
        assertThat(clock(Duration.ofHours(2), "2026-12-14T08:00", "2026-12-14T09:59")
                        .state(at("2027-01-01T00:00")))
                .isEqualTo(SlaState.MET);
        assertThat(clock(Duration.ofHours(2), "2026-12-14T08:00", "2026-12-14T10:01")
                        .state(at("2027-01-01T00:00")))
                .isEqualTo(SlaState.BREACHED);
    }
}
