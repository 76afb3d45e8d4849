package dev.kantor.platform.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A letter to one member of staff, before it is written out.
 *
 * @param eventKey    names the fact it tells of: the same fact queued twice is one mail per recipient
 * @param recipient   their e-mail address
 * @param language    the language it is written in (the recipient's, else Kantor's default)
 * @param subjectKey  the subject, a message key with {@code subjectArgs}
 * @param template    the Thymeleaf template without its ending, such as {@code floor/alerts/mail/short-staffed}:
 *                    {@code .txt} gives the plain text and {@code .html} the HTML
 * @param variables   what the templates read
 */
public record StaffLetter(
        String eventKey,
        String recipient,
        Locale language,
        String subjectKey,
        List<Object> subjectArgs,
        String template,
        Map<String, Object> variables) {

    public StaffLetter {
        subjectArgs = List.copyOf(subjectArgs);
        variables = Map.copyOf(variables);
    }
}
