package dev.kantor.arrangements.requests;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.kantor.policies.ArrangementKind;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An arrangement in one line of the reader's language ("Telework on Monday, Wednesday from 1 Dec 2026"), for its
 * pages, the employee's page and the calendar feed: {@code ${@arrangementWords.line(a)}}.
 */
@Component("arrangementWords")
public class ArrangementWords {

    private static final String DATE = "d MMM yyyy";

    private final MessageSource messages;

    ArrangementWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The arrangement in the language of the current request. */
    public String line(Arrangement a) {
        return line(a, LocaleContextHolder.getLocale());
    }

    public String line(Arrangement a, Locale locale) {
        String from = date(a.validFrom(), locale);
        String until = a.validUntil() == null ? null : date(a.validUntil(), locale);
        if (a.kind() == ArrangementKind.TELEWORK) {
            if (!a.dates().isEmpty()) {
                return text(
                        "arrangements.line.telework-dates",
                        locale,
                        a.dates().stream().map(d -> date(d, locale)).collect(Collectors.joining(", ")));
            }
            String days = new TreeSet<>(a.weekdays())
                    .stream().map(d -> day(d, locale)).collect(Collectors.joining(", "));
            return until == null
                    ? text("arrangements.line.telework-weekdays", locale, days, from)
                    : text("arrangements.line.telework-weekdays-until", locale, days, from, until);
        }
        String band = a.earliestStart() + "–" + a.latestEnd();
        String core = a.coreFrom() == null ? "" : a.coreFrom() + "–" + a.coreUntil();
        return until == null
                ? text("arrangements.line.flextime", locale, band, core, from)
                : text("arrangements.line.flextime-until", locale, band, core, from, until);
    }

    /** A weekday in the reader's language. */
    public String day(DayOfWeek day, Locale locale) {
        return text("arrangements.day." + day, locale);
    }

    private static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern(DATE, locale).format(day);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
