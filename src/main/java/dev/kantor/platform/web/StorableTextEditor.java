package dev.kantor.platform.web;

import java.beans.PropertyEditorSupport;

import dev.kantor.platform.InputCheck;

/**
 * Binds request text as it is, but refuses text that cannot be stored ({@link InputCheck#isStorable}):
 * the refusal is a type mismatch of the parameter or form field, which the pages and the API
 * report against that field.
 */
class StorableTextEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (!InputCheck.isStorable(text)) {
            throw new UnstorableText();
        }
        setValue(text);
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : value.toString();
    }

    /** Text with characters that cannot be stored. */
    static final class UnstorableText extends IllegalArgumentException {

        UnstorableText() {
            super("The text contains characters that cannot be stored");
        }
    }
}
