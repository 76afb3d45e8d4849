package dev.kantor.platform.notifications;

import java.time.Instant;
import java.util.List;

/**
 * Something that waits on one employee, as a module tells of it.
 *
 * @param eventKey    names the fact, such as {@code approval:42:17}: the same fact told twice (an
 *                    event delivered again) notifies its recipient once
 * @param recipientId the employee it waits on
 * @param kind        what sort of thing it is, such as {@code APPROVAL}, for filters and icons
 * @param messageKey  the sentence, from the message bundles, put into the reader's language when shown
 * @param args        the sentence's arguments, each made with {@link #verbatim}, {@link #translated} or
 *                    {@link #inLanguages}
 * @param link        the page it is about, a path within Kantor such as {@code /cases/42}; opening
 *                    that page marks the notification read
 * @param at          when it happened
 */
public record Notice(
        String eventKey, long recipientId, String kind, String messageKey, List<String> args, String link, Instant at) {

    public Notice {
        args = List.copyOf(args);
    }

    /** An argument shown as it is: a name, a case reference, an amount. */
    public static String verbatim(String text) {
        return "=" + (text == null ? "" : text);
    }

    /** An argument put into the reader's language: a message key. */
    public static String translated(String messageKey) {
        return "#" + messageKey;
    }

    /**
     * An argument Kantor keeps in both languages itself (a service's name in the catalogue): the reader sees the one
     * in their language, Indonesian for {@code id}, English otherwise.
     */
    public static String inLanguages(String english, String indonesian) {
        return "~" + clean(english) + BETWEEN_LANGUAGES + clean(indonesian);
    }

    /** Parts the two languages of {@link #inLanguages}: a character no name contains. */
    static final String BETWEEN_LANGUAGES = "\u001f";

    private static String clean(String text) {
        return text == null ? "" : text.replace(BETWEEN_LANGUAGES, " ");
    }
}
