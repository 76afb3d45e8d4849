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
        Object[] values =
                args.stream().map(arg -> argument(arg, messages, locale)).toArray();
        return messages.getMessage(messageKey, values, messageKey, locale);
    }

    private static String argument(String arg, MessageSource messages, Locale locale) {
        if (arg.startsWith("#")) {
            return messages.getMessage(arg.substring(1), null, arg.substring(1), locale);
        }
        if (arg.startsWith("~")) {
            String[] both = arg.substring(1).split(Notice.BETWEEN_LANGUAGES, -1);
            boolean indonesian = "id".equals(locale.getLanguage()) && both.length > 1;
            return indonesian ? both[1] : both[0];
        }
        return arg.startsWith("=") ? arg.substring(1) : arg;
    }
}
