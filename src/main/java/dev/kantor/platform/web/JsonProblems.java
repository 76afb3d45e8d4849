package dev.kantor.platform.web;

import java.time.temporal.Temporal;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InputCheck;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/** What is wrong with one field of a JSON body Jackson could not read, named as the body names it. */
final class JsonProblems {

    private JsonProblems() {}

    static FieldProblem of(JacksonException e) {
        String field = field(e);
        if (e instanceof JsonInputGuards.UnstorableText) {
            return new FieldProblem(field, "validation.unstorable");
        }
        if (e instanceof JsonInputGuards.DateOutOfBounds) {
            return new FieldProblem(field, "validation.date-range", InputCheck.EARLIEST_YEAR, InputCheck.LATEST_YEAR);
        }
        if (e instanceof InvalidNullException
                || e instanceof MismatchedInputException mismatch
                        && mismatch.getCurrentToken() == JsonToken.VALUE_NULL) {
            // a null entry of a list, or a null where a number or a yes/no must be
            boolean entry = e.getPath().get(e.getPath().size() - 1).getIndex() >= 0;
            return new FieldProblem(field, entry ? "validation.empty-entry" : "validation.required");
        }
        if (e instanceof MismatchedInputException mismatch
                && mismatch.getTargetType() != null
                && Temporal.class.isAssignableFrom(mismatch.getTargetType())) {
            return new FieldProblem(field, "error.bad-date");
        }
        return new FieldProblem(field, "error.bad-value");
    }

    /** The path to the field, e.g. {@code customer.name} or {@code skills[0].level}. */
    static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
        }
        return path.toString();
    }
}
