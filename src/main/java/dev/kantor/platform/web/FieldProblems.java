package dev.kantor.platform.web;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kantor.platform.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A form's problems as one message for the top of the page, in the reader's language: each after
 * the label of its field as the form shows it ("Name (English): Required."), so that a person
 * knows which field to correct even where the form cannot mark it.
 */
@Component
public class FieldProblems {

    private final MessageSource messages;

    FieldProblems(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param labelKey the message key of a field's label, by the field's name; null (or a key the
     *                 bundles lack) leaves the problem without a label
     */
    public String of(InvalidInput input, Function<String, String> labelKey) {
        Locale locale = LocaleContextHolder.getLocale();
        return input.problems().stream()
                .map(p -> {
                    String problem =
                            messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale);
                    String key = labelKey.apply(p.field());
                    String label = key == null ? null : messages.getMessage(key, null, null, locale);
                    return label == null ? problem : label + ": " + problem;
                })
                .collect(Collectors.joining("; "));
    }
}
