package dev.kantor.calendar;

import java.time.LocalDate;
import java.util.Locale;

/** A public holiday, named in both languages; the business is closed. */
public record Holiday(LocalDate date, String nameEn, String nameId) {

    public String name(Locale locale) {
        return "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()) ? nameId : nameEn;
    }
}
