package dev.kantor.platform.audit;

import java.util.List;
import java.util.Locale;
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

    private final MessageSource messages;

    AuditText(MessageSource messages) {
        this.messages = messages;
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
        return label + ": " + values(line.substring(colon + 2), locale);
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
