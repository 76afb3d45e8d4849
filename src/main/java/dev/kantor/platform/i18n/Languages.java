package dev.kantor.platform.i18n;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Kantor speaks: English and Bahasa Indonesia. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, INDONESIAN);

    private Languages() {}

    /** The supported language for a tag such as {@code id} or {@code en-US}, if it is one. */
    public static Optional<Locale> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        // Java once called Indonesian "in"; accept both
        String normalized = "in".equals(language) ? "id" : language;
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(normalized))
                .findFirst();
    }

    /** The first supported language among those a browser asks for, else English. */
    public static Locale bestOf(Enumeration<Locale> requested) {
        while (requested != null && requested.hasMoreElements()) {
            Optional<Locale> match = of(requested.nextElement().toLanguageTag());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return ENGLISH;
    }

    public static boolean isIndonesian(Locale locale) {
        return of(locale.toLanguageTag()).filter(INDONESIAN::equals).isPresent();
    }
}
