package dev.kantor.staffing.queues;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;

/** Weekday names in the reader's language, capitalised as a row heading. */
final class DayNames {

    private DayNames() {}

    static Map<DayOfWeek, String> inReadersLanguage() {
        Locale locale = LocaleContextHolder.getLocale();
        Map<DayOfWeek, String> names = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.FULL, locale);
            names.put(day, name.substring(0, 1).toUpperCase(locale) + name.substring(1));
        }
        return names;
    }
}
