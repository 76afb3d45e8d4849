package dev.kantor.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

import dev.kantor.platform.BusinessZone;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way Kantor writes a time for a person: in the business's zone, on the 24-hour clock, with
 * month names in the reader's language, e.g. "28 Agu 2026 14:05" (never "2:05 PM", "14.05" or UTC).
 * Templates call it by name, {@code ${@times.dateTime(case.openedAt)}}; Java code that writes times
 * into text asks for it by type.
 */
@Component("times")
public class Times {

    private static final String DATE = "d MMM yyyy";
    private static final String TIME = "HH:mm";

    private final Supplier<ZoneId> zone;

    /** @param business the business's zone; absent only in a partial test context, which then uses UTC */
    @Autowired
    Times(ObjectProvider<BusinessZone> business) {
        this(() -> {
            BusinessZone zone = business.getIfAvailable();
            return zone == null ? ZoneOffset.UTC : zone.zone();
        });
    }

    private Times(Supplier<ZoneId> zone) {
        this.zone = zone;
    }

    /** Times in a known zone, for code and tests without a Spring context. */
    public static Times in(ZoneId zone) {
        return new Times(() -> zone);
    }

    /** The zone every time is shown in. */
    public ZoneId zone() {
        return zone.get();
    }

    /** Date and time of a moment, e.g. "28 Nov 2026 14:05"; empty for none. */
    public String dateTime(Instant at) {
        return dateTime(at, LocaleContextHolder.getLocale());
    }

    /** Date and time of a moment in a given language, for text written outside a request. */
    public String dateTime(Instant at, Locale locale) {
        return at == null
                ? ""
                : formatter(DATE + " " + TIME, locale).withZone(zone()).format(at);
    }

    /** The time of day of a moment, e.g. "14:05"; empty for none. */
    public String time(Instant at) {
        return format(at, TIME);
    }

    /** The day of a moment in the business's zone, e.g. "28 Nov 2026"; empty for none. */
    public String date(Instant at) {
        return format(at, DATE);
    }

    /** A calendar day, e.g. "28 Nov 2026"; empty for none. */
    public String date(LocalDate day) {
        return day == null ? "" : formatter(DATE).format(day);
    }

    private String format(Instant at, String pattern) {
        return at == null ? "" : formatter(pattern).withZone(zone()).format(at);
    }

    private static DateTimeFormatter formatter(String pattern) {
        return formatter(pattern, LocaleContextHolder.getLocale());
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, locale);
    }
}
