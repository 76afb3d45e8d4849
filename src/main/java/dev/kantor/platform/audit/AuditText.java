package dev.kantor.platform.audit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail in the reader's language. Entries are stored as written ("customerContact:
 * REGULAR → CONSTANT"), so that a later translation never changes history; on the page each
 * field takes its label and each coded value the words the bundles have for it. A value the
 * bundles do not name (a name, an amount) is shown as it was stored.
 */
@Component("auditText")
public class AuditText {

    /** Where the bundles name coded values, tried in order; {@code audit.value.} holds the rest. */
    private static final List<String> VALUE_FAMILIES = List.of(
            "audit.value.",
            "contact.",
            "cases.type.",
            "cases.priority.",
            "cases.action.",
            "cases.channel.",
            "routing.handoff.state.",
            "staffing.channel.");
    /** A coded value: an enum constant or a yes/no. */
    private static final Pattern CODE = Pattern.compile("\\b([A-Z][A-Z_]+|true|false)\\b");

    private static final String CHANGED_TO = " → ";

    private final MessageSource messages;
    private final List<AuditWords> words;

    AuditText(MessageSource messages, List<AuditWords> words) {
        this.messages = messages;
        this.words = words;
    }

    /** One line of an entry's changes: "label: value" or "label: before → after". */
    public String line(String line) {
        int colon = line.indexOf(": ");
        if (colon < 0) {
            return line;
        }
        String field = line.substring(0, colon);
        Locale locale = LocaleContextHolder.getLocale();
        String label = messages.getMessage("audit.field." + field, null, field, locale);
        String value = line.substring(colon + 2);
        int change = value.indexOf(CHANGED_TO);
        return label + ": "
                + (change < 0
                        ? value(field, value, locale)
                        : value(field, value.substring(0, change), locale)
                                + CHANGED_TO
                                + value(field, value.substring(change + CHANGED_TO.length()), locale));
    }

    /** One stored value: in the words of the module that owns its codes, else with coded parts translated. */
    private String value(String field, String value, Locale locale) {
        for (AuditWords module : words) {
            Optional<String> named = module.words(field, value, locale);
            if (named.isPresent()) {
                return named.get();
            }
        }
        return values(value, locale);
    }

    /** A record's name as stored, with its coded parts in words ("COMPLAINT HIGH", "cs-manager · REFUND"). */
    public String name(String name) {
        return name == null ? "" : values(name, LocaleContextHolder.getLocale());
    }

    private String values(String text, Locale locale) {
        Matcher code = CODE.matcher(text);
        StringBuilder words = new StringBuilder();
        while (code.find()) {
            code.appendReplacement(words, Matcher.quoteReplacement(word(code.group(1), locale)));
        }
        code.appendTail(words);
        return words.toString();
    }

    private String word(String code, Locale locale) {
        for (String family : VALUE_FAMILIES) {
            String word = messages.getMessage(family + code, null, null, locale);
            if (word != null) {
                return word;
            }
        }
        return code;
    }
}
