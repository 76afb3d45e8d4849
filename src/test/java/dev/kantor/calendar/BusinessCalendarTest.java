package dev.kantor.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Monday to Friday 08:00–17:00, Saturday 09:00–13:00, closed on Sunday; 17 August is a holiday. */
    static final BusinessCalendar CALENDAR = officeWeek(Set.of(LocalDate.of(2026, 8, 17)));

    static BusinessCalendar officeWeek(Set<LocalDate> holidays) {
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : new DayOfWeek[] {
            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY
        }) {
            week.put(day, new OpeningHours(LocalTime.of(8, 0), LocalTime.of(17, 0)));
        }
        week.put(DayOfWeek.SATURDAY, new OpeningHours(LocalTime.of(9, 0), LocalTime.of(13, 0)));
        return new BusinessCalendar(JAKARTA, week, holidays);
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(JAKARTA).toInstant();
    }

    @Test
    void countsOnlyOpeningHours() {
        // Friday 16:00 to Monday 09:00: one hour on Friday, four on Saturday, one on Monday
        assertThat(CALENDAR.between(at("2026-08-21T16:00"), at("2026-08-24T09:00")))
                .isEqualTo(Duration.ofHours(6));
        // within one day
        assertThat(CALENDAR.between(at("2026-08-18T10:15"), at("2026-08-18T11:00")))
                .isEqualTo(Duration.ofMinutes(45));
        // outside opening hours nothing counts
        assertThat(CALENDAR.between(at("2026-08-18T18:00"), at("2026-08-19T07:59")))
                .isZero();
        assertThat(CALENDAR.between(at("2026-08-19T10:00"), at("2026-08-18T10:00")))
                .isZero();
    }

    @Test
    void skipsPublicHolidays() {
        // Monday 17 August is Independence Day: Saturday 12:00 to Tuesday 09:00 counts 1 + 1 hours
        assertThat(CALENDAR.between(at("2026-08-15T12:00"), at("2026-08-18T09:00")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(CALENDAR.isOpen(at("2026-08-17T10:00"))).isFalse();
        assertThat(CALENDAR.isOpen(at("2026-08-18T10:00"))).isTrue();
    }

    @Test
    void addsBusinessTimeAcrossNightsWeekendsAndHolidays() {
        // 4 business hours from Friday 15:00: 2 on Friday, then Saturday 09:00–11:00
        assertThat(CALENDAR.plus(at("2026-08-21T15:00"), Duration.ofHours(4))).isEqualTo(at("2026-08-22T11:00"));
        // 3 hours from Saturday 12:00: 1 on Saturday, Sunday closed, Monday the 17th a holiday, Tuesday 08:00–10:00
        assertThat(CALENDAR.plus(at("2026-08-15T12:00"), Duration.ofHours(3))).isEqualTo(at("2026-08-18T10:00"));
        // started before opening, it counts from opening
        assertThat(CALENDAR.plus(at("2026-08-18T06:00"), Duration.ofMinutes(30)))
                .isEqualTo(at("2026-08-18T08:30"));
    }

    @Test
    void aCalendarThatIsNeverOpenSaysSoInsteadOfLoopingForever() {
        BusinessCalendar closed = new BusinessCalendar(JAKARTA, Map.of(), Set.of());
        assertThatThrownBy(() -> closed.plus(at("2026-08-18T06:00"), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(closed.between(at("2026-08-18T06:00"), at("2026-09-18T06:00")))
                .isZero();
    }

    @Test
    void openAllTheTimeCountsCalendarTime() {
        BusinessCalendar always = BusinessCalendar.always(JAKARTA);
        assertThat(always.between(at("2026-08-21T16:00"), at("2026-08-24T09:00")))
                .isEqualTo(Duration.ofHours(65));
    }

    static Stream<Arguments> randomSpans() {
        Random random = new Random(20261127);
        Instant base = at("2026-07-01T00:00");
        return Stream.generate(() -> Arguments.of(
                        base.plusSeconds(random.nextInt(60 * 24 * 3600)),
                        Duration.ofMinutes(random.nextInt(5 * 24 * 60))))
                .limit(200);
    }

    @ParameterizedTest
    @MethodSource("randomSpans")
    void addingThenMeasuringGivesBackTheSameBusinessTime(Instant start, Duration amount) {
        Instant end = CALENDAR.plus(start, amount);
        assertThat(CALENDAR.between(start, end)).isEqualTo(amount);
        assertThat(end).isAfterOrEqualTo(start);
    }
}
