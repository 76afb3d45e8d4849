package dev.kantor.platform;

/**
 * A value that must be unique is already used by another record: a conflict (409 in the API),
 * reported against the field that holds it.
 */
public class DuplicateValue extends KantorException {

    private final String field;

    public DuplicateValue(String field, String messageKey, Object... args) {
        super(Kind.CONFLICT, messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
