package dev.kantor.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Opening hours per weekday and public holidays in one time zone. Answers how much business
 * time lies between two moments and when a span of business time, started now, ends.
 */
public final class BusinessCalendar {

    /** Farther than any service target; a calendar that is never open would otherwise loop forever. */
    private static final int MAX_DAYS_AHEAD = 3 * 366;

    private final ZoneId zone;
    private final Map<DayOfWeek, OpeningHours> week;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, OpeningHours> week, Set<LocalDate> holidays) {
        this.zone = zone;
        this.week = week.isEmpty() ? new EnumMap<>(DayOfWeek.class) : new EnumMap<>(week);
        this.holidays = Set.copyOf(holidays);
    }

    /** Open every day at every hour: for targets counted in calendar time. */
    public static BusinessCalendar always(ZoneId zone) {
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, new OpeningHours(java.time.LocalTime.MIDNIGHT, java.time.LocalTime.MIDNIGHT));
        }
        return new BusinessCalendar(zone, week, Set.of());
    }

    public ZoneId zone() {
        return zone;
    }

    /** The opening hours of a date, empty on a holiday or a closed weekday. */
    public Optional<OpeningHours> hoursOn(LocalDate date) {
        return holidays.contains(date) ? Optional.empty() : Optional.ofNullable(week.get(date.getDayOfWeek()));
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    public boolean isOpen(Instant moment) {
        ZonedDateTime local = moment.atZone(zone);
        return hoursOn(local.toLocalDate())
                .map(h -> local.toLocalTime().toSecondOfDay() >= h.opensAtSecond()
                        && local.toLocalTime().toSecondOfDay() < h.closesAtSecond())
                .orElse(false);
    }

    /** Business time between two moments; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        long seconds = 0;
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        while (!day.isAfter(last)) {
            Optional<OpeningHours> hours = hoursOn(day);
            if (hours.isPresent()) {
                Instant opens = at(day, hours.get().opensAtSecond());
                Instant closes = at(day, hours.get().closesAtSecond());
                Instant start = from.isAfter(opens) ? from : opens;
                Instant end = to.isBefore(closes) ? to : closes;
                if (end.isAfter(start)) {
                    seconds += Duration.between(start, end).getSeconds();
                }
            }
            day = day.plusDays(1);
        }
        return Duration.ofSeconds(seconds);
    }

    /** The moment when {@code amount} of business time, counted from {@code start}, has passed. */
    public Instant plus(Instant start, Duration amount) {
        long left = Math.max(0, amount.getSeconds());
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
            Optional<OpeningHours> hours = hoursOn(day);
            if (hours.isEmpty()) {
                continue;
            }
            Instant opens = at(day, hours.get().opensAtSecond());
            Instant closes = at(day, hours.get().closesAtSecond());
            Instant from = start.isAfter(opens) ? start : opens;
            if (!closes.isAfter(from)) {
                continue;
            }
            long available = Duration.between(from, closes).getSeconds();
            if (left <= available) {
                return from.plusSeconds(left);
            }
            left -= available;
        }
        throw new IllegalStateException("The business calendar has no opening hours within three years");
    }

    private Instant at(LocalDate day, long secondOfDay) {
        return day.atStartOfDay(zone).plusSeconds(secondOfDay).toInstant();
    }
}
