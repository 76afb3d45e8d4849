package dev.kantor.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every rule an input breaks, so that a form or an API caller hears of all of them
 * at once; {@link #throwIfAny()} ends the check.
 */
public final class InputCheck {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

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

    public InputCheck maxLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(field, "validation.too-long", max);
        }
        return this;
    }

    /** A value, if present, must match; one problem per field is enough. */
    public InputCheck matches(String field, String value, Pattern pattern, String messageKey) {
        if (!hasProblem(field) && value != null && !value.isBlank() && !pattern.matcher(value.strip()).matches()) {
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
