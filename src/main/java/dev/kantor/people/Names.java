package dev.kantor.people;

import java.util.Locale;

/** Picks the English or Indonesian name of a record with both. */
final class Names {

    private Names() {}

    static String in(Locale locale, String english, String indonesian) {
        String language = locale == null ? "en" : locale.getLanguage();
        return "id".equals(language) || "in".equals(language) ? indonesian : english;
    }
}
