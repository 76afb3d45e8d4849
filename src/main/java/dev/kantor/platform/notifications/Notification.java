package dev.kantor.platform.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** A notification as stored for its recipient; read once {@code readAt} is set. */
public record Notification(
        long id, String kind, String messageKey, List<String> args, String link, Instant createdAt, Instant readAt) {

    public boolean read() {
        return readAt != null;
    }

    /** The sentence in the reader's language. */
    public String text(MessageSource messages, Locale locale) {
        Object[] values = args.stream()
                .map(arg -> arg.startsWith("#")
                        ? messages.getMessage(arg.substring(1), null, arg.substring(1), locale)
                        : arg.startsWith("=") ? arg.substring(1) : arg)
                .toArray();
        return messages.getMessage(messageKey, values, messageKey, locale);
    }
}
