package dev.kantor.cases.resolution;

import java.util.Map;

import dev.kantor.platform.KantorException;

/** A delegation (or its withdrawal) that is not the caller's to make, naming the field that decides it. */
class DelegationRefused extends KantorException {

    private final String field;

    DelegationRefused(String field, String messageKey, Object... args) {
        super(Kind.FORBIDDEN, messageKey, args);
        this.field = field;
    }

    /** The field of the delegation the refusal is about: scope, scopeId or type. */
    public String field() {
        return field;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("field", field);
    }
}
