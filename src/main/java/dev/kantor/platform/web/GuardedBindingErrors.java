package dev.kantor.platform.web;

import dev.kantor.platform.InputCheck;

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
        Throwable cause = ex.getCause();
        String code;
        Object[] arguments;
        if (cause instanceof StorableTextEditor.UnstorableText) {
            code = StorableTextEditor.UnstorableText.MESSAGE_KEY;
            arguments = new Object[0];
        } else if (cause instanceof BoundedDateEditor.DateOutOfBounds) {
            code = BoundedDateEditor.DateOutOfBounds.MESSAGE_KEY;
            arguments = new Object[] {InputCheck.EARLIEST_YEAR, InputCheck.LATEST_YEAR};
        } else {
            super.processPropertyAccessException(ex, bindingResult);
            return;
        }
        String field = ex.getPropertyName();
        FieldError error = new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true,
                bindingResult.resolveMessageCodes(code, field), arguments, code);
        bindingResult.addError(error);
    }
}
