package dev.kantor.platform.web;

import dev.kantor.platform.FieldProblem;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/**
 * Form fields refused by {@link InputGuards} say why in their own words ("contains characters
 * that cannot be stored", "a date from 1900 to 9999") rather than a bare "not a valid value".
 */
class GuardedBindingErrors extends DefaultBindingErrorProcessor {

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
        FieldProblem refusal =
                InputGuards.refusal(ex.getPropertyName(), ex.getCause()).orElse(null);
        if (refusal == null) {
            super.processPropertyAccessException(ex, bindingResult);
            return;
        }
        bindingResult.addError(new FieldError(
                bindingResult.getObjectName(),
                refusal.field(),
                ex.getValue(),
                true,
                bindingResult.resolveMessageCodes(refusal.messageKey(), refusal.field()),
                refusal.args().toArray(),
                refusal.messageKey()));
    }
}
