package dev.kantor.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.relational.core.mapping.Table;

/** A language an employee speaks, as an ISO 639-1 code such as {@code id}, {@code en} or {@code jv}. */
@Table("employee_language")
public record SpokenLanguage(String languageCode) {

    /** The languages offered first wherever one is chosen: the ones most spoken at work here. */
    public static final List<String> COMMON = List.of("id", "en", "jv", "su", "zh", "ms", "ar", "ja", "ko", "nl");

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    public static boolean isKnown(String code) {
        return code != null && ISO_639_1.contains(code);
    }

    /** The language's name in the reader's language, e.g. "Javanese" or "Jawa". */
    public String name(Locale locale) {
        return Locale.forLanguageTag(languageCode).getDisplayLanguage(locale);
    }
}
