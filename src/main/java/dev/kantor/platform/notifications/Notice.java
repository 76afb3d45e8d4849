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
 * @param args        the sentence's arguments, each made with {@link #verbatim} or {@link #translated}
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
}
