package dev.kantor.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every rule an input breaks, so that a form or an API caller hears of all of them
 * at once; {@link #throwIfAny()} ends the check.
 * <p>
 * It also holds the rules every input of Kantor obeys, whichever module takes it: text holds
 * only characters a database can store ({@link #isStorable(String)}), and dates lie between the
 * years {@value #EARLIEST_YEAR} and {@value #LATEST_YEAR} ({@link #isWithinBounds(LocalDate)}).
 * The web layer applies both to every request before any module sees it; the checks here
 * apply them again to whatever reaches a module another way, such as an imported file.
 */
public final class InputCheck {

    /** No business keeps records from before this year; earlier dates are typing slips. */
    public static final int EARLIEST_YEAR = 1900;
    /** The last year with four digits: beyond it, dates overflow the arithmetic and the databases. */
    public static final int LATEST_YEAR = 9999;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final LocalDate EARLIEST = LocalDate.of(EARLIEST_YEAR, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(LATEST_YEAR, 12, 31);
    private static final Instant EARLIEST_MOMENT = EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant AFTER_LATEST_MOMENT =
            LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private final List<FieldProblem> problems = new ArrayList<>();

    /** A value that must be present and at most {@code max} characters long. */
    public InputCheck required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return add(field, "validation.required");
        }
        return maxLength(field, value, max);
    }

    public InputCheck required(String field, Object value) {
        return value == null ? add(field, "validation.required") : this;
    }

    /** A value, if present, of at most {@code max} characters, all of which can be stored. */
    public InputCheck maxLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(field, "validation.too-long", max);
        } else if (!isStorable(value)) {
            add(field, "validation.unstorable");
        }
        return this;
    }

    /** A date, if present, between the years {@value #EARLIEST_YEAR} and {@value #LATEST_YEAR}. */
    public InputCheck date(String field, LocalDate value) {
        return that(value == null || isWithinBounds(value), field, "validation.date-range", EARLIEST_YEAR, LATEST_YEAR);
    }

    /** A moment, if present, between the years {@value #EARLIEST_YEAR} and {@value #LATEST_YEAR} (UTC). */
    public InputCheck moment(String field, Instant value) {
        return that(value == null || isWithinBounds(value), field, "validation.date-range", EARLIEST_YEAR, LATEST_YEAR);
    }

    /** A whole number, if present, from {@code min} to {@code max}. */
    public InputCheck range(String field, Number value, long min, long max) {
        return that(
                value == null || value.longValue() >= min && value.longValue() <= max,
                field,
                "validation.range",
                min,
                max);
    }

    /** A value, if present, must match; one problem per field is enough. */
    public InputCheck matches(String field, String value, Pattern pattern, String messageKey) {
        if (!hasProblem(field)
                && value != null
                && !value.isBlank()
                && !pattern.matcher(value.strip()).matches()) {
            add(field, messageKey);
        }
        return this;
    }

    public InputCheck email(String field, String value) {
        return matches(field, value, EMAIL, "validation.email");
    }

    public InputCheck that(boolean holds, String field, String messageKey, Object... args) {
        return holds ? this : add(field, messageKey, args);
    }

    public InputCheck add(String field, String messageKey, Object... args) {
        problems.add(new FieldProblem(field, messageKey, args));
        return this;
    }

    /**
     * Whether text can be stored as it is: no control characters but tab, carriage return and line
     * feed (PostgreSQL refuses the NUL character, and the others are never typed), and no half of a
     * surrogate pair (which no encoding can store). Null counts as storable.
     */
    public static boolean isStorable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
            if (Character.isHighSurrogate(c)
                    && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(++i)))) {
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The position of the first text that cannot be stored, such as a cell of an imported line, or
     * -1 when all can be.
     */
    public static int firstUnstorable(Iterable<String> texts) {
        int position = 0;
        for (String text : texts) {
            if (!isStorable(text)) {
                return position;
            }
            position++;
        }
        return -1;
    }

    public static boolean isWithinBounds(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static boolean isWithinBounds(Instant moment) {
        return !moment.isBefore(EARLIEST_MOMENT) && moment.isBefore(AFTER_LATEST_MOMENT);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
