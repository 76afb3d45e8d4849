package dev.kantor.platform.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dev.kantor.platform.InputCheck;

/**
 * Reads a date parameter (ISO, 2026-03-09) and refuses one outside the years Kantor keeps
 * ({@link InputCheck#isWithinBounds(LocalDate)}): a year such as 999999999 parses, but every
 * calculation with it overflows. A blank value is no date.
 */
class BoundedDateEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO date: " + text, e);
        }
        if (!InputCheck.isWithinBounds(date)) {
            throw new DateOutOfBounds();
        }
        setValue(date);
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : value.toString();
    }

    /** A date outside the years Kantor keeps. */
    static final class DateOutOfBounds extends IllegalArgumentException {

        DateOutOfBounds() {
            super("The date lies outside the years " + InputCheck.EARLIEST_YEAR + " to " + InputCheck.LATEST_YEAR);
        }
    }
}
