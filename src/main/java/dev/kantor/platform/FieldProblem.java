package dev.kantor.platform;

import java.util.List;

/**
 * A rule broken by one field of an input, with a message key; thrown together as
 * {@link InvalidInput} so that every broken field is reported at once.
 */
public record FieldProblem(String field, String messageKey, List<Object> args) {

    public FieldProblem(String field, String messageKey, Object... args) {
        this(field, messageKey, List.of(args));
    }
}
