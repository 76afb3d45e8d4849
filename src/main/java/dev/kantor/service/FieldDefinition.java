package dev.kantor.service;

import java.util.List;
import java.util.Locale;

/**
 * One field of a service's form.
 *
 * @param name    the key its value is kept under, such as {@code amount}: lower case letters, digits and dashes
 * @param choices the values a {@link FieldKind#CHOICE} field offers; empty for the other kinds
 */
public record FieldDefinition(
        String name, String labelEn, String labelId, FieldKind kind, boolean required, List<String> choices) {

    public FieldDefinition {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** The label in the reader's language. */
    public String label(Locale locale) {
        return "id".equals(locale.getLanguage()) ? labelId : labelEn;
    }
}
