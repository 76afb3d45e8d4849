package dev.kantor.people.importing;

import java.util.Map;

/** One line of an imported file as read, its values by column, before anything in it is checked. */
record CsvLine(long number, Map<String, String> values) {

    /** The value in a column, stripped; null when it is missing or blank. */
    String value(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The e-mail address in a column, in lower case as Kantor keeps them; null when blank. */
    String email(String column) {
        String email = value(column);
        return email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
    }
}
