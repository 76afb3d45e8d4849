package dev.kantor.cases.work;

import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import dev.kantor.cases.customercase.FieldChange;

import org.springframework.context.MessageSource;

/**
 * Says in the reader's language what someone else changed on a case meanwhile: who changed which
 * field, from what to what ("Dewi Lestari changed the status from Open to Waiting on customer.").
 */
final class ChangeLines {

    private ChangeLines() {}

    static List<String> of(
            List<FieldChange> changes, MessageSource messages, Locale locale, LongFunction<String> names) {
        return changes.stream().map(c -> of(c, messages, locale, names)).toList();
    }

    static String of(FieldChange c, MessageSource messages, Locale locale, LongFunction<String> names) {
        String who = c.byCustomer()
                ? messages.getMessage("cases.change.customer", null, locale)
                : c.by() == null ? messages.getMessage("cases.change.kantor", null, locale) : names.apply(c.by());
        String from;
        String to;
        switch (c.field()) {
            case STATUS -> {
                from = c.statusFrom()
                        .map(s -> label("cases.status." + s, messages, locale))
                        .orElse("?");
                to = c.statusTo()
                        .map(s -> label("cases.status." + s, messages, locale))
                        .orElse("?");
            }
            case PRIORITY -> {
                from = c.priorityFrom()
                        .map(p -> label("cases.priority." + p, messages, locale))
                        .orElse("?");
                to = c.priorityTo()
                        .map(p -> label("cases.priority." + p, messages, locale))
                        .orElse("?");
            }
            default -> {
                from = c.ownerFrom().map(names::apply).orElse(label("cases.change.nobody", messages, locale));
                to = c.ownerTo().map(names::apply).orElse(label("cases.change.nobody", messages, locale));
            }
        }
        return messages.getMessage("cases.change." + c.field(), new Object[] {who, from, to}, locale);
    }

    private static String label(String key, MessageSource messages, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
