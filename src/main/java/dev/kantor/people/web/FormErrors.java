package dev.kantor.people.web;

import java.util.Map;

import dev.kantor.platform.DuplicateValue;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;

import org.springframework.validation.BindingResult;

/** Puts the rules a form broke next to the fields that broke them. */
final class FormErrors {

    private FormErrors() {
    }

    /** Adds rule problems for fields that have no binding error (such as an unreadable date) already. */
    static void bindUnlessBound(java.util.List<FieldProblem> problems, BindingResult result,
            Map<String, String> fieldNames) {
        for (FieldProblem p : problems) {
            String field = fieldNames.getOrDefault(p.field(), p.field());
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, p.messageKey(), p.args().toArray(), p.messageKey());
            }
        }
    }

    /**
     * @param fieldNames where a rule's field is called differently in the form
     */
    static void bind(KantorException e, BindingResult result, Map<String, String> fieldNames) {
        if (e instanceof InvalidInput invalid) {
            for (FieldProblem p : invalid.problems()) {
                String field = fieldNames.getOrDefault(p.field(), p.field());
                result.rejectValue(field, p.messageKey(), p.args().toArray(), p.messageKey());
            }
        } else if (e instanceof DuplicateValue duplicate) {
            result.rejectValue(fieldNames.getOrDefault(duplicate.field(), duplicate.field()), e.messageKey(),
                    e.args(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }
}
