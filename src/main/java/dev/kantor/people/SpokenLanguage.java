package dev.kantor.people;

import java.util.Locale;
import java.util.Set;

import org.springframework.data.relational.core.mapping.Table;

/** A language an employee speaks, as an ISO 639-1 code such as {@code id}, {@code en} or {@code jv}. */
@Table("employee_language")
public record SpokenLanguage(String languageCode) {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    public static boolean isKnown(String code) {
        return code != null && ISO_639_1.contains(code);
    }

    /** The language's name in the reader's language, e.g. "Javanese" or "Jawa". */
    public String name(Locale locale) {
        return Locale.forLanguageTag(languageCode).getDisplayLanguage(locale);
    }
}
