package dev.kantor.platform.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** Notifications as pages and the API show them: the sentence in the reader's language and how long ago. */
final class NotificationLines {

    /** One notification in the reader's language. */
    record Line(long id, String kind, String text, String link, Instant createdAt, String ago, Instant readAt) {

        public boolean read() {
            return readAt != null;
        }
    }

    private NotificationLines() {}

    static List<Line> of(List<Notification> notifications, MessageSource messages, Locale locale, Instant now) {
        return notifications.stream()
                .map(n -> new Line(
                        n.id(),
                        n.kind(),
                        n.text(messages, locale),
                        n.link(),
                        n.createdAt(),
                        ago(n.createdAt(), now, messages, locale),
                        n.readAt()))
                .toList();
    }

    /** "just now", "5 min ago", "3 h ago", "2 d ago": no time zone to get wrong. */
    static String ago(Instant at, Instant now, MessageSource messages, Locale locale) {
        Duration since = Duration.between(at, now);
        if (since.toMinutes() < 1) {
            return messages.getMessage("notifications.ago.now", null, locale);
        }
        if (since.toHours() < 1) {
            return messages.getMessage("notifications.ago.minutes", new Object[] {since.toMinutes()}, locale);
        }
        if (since.toDays() < 1) {
            return messages.getMessage("notifications.ago.hours", new Object[] {since.toHours()}, locale);
        }
        return messages.getMessage("notifications.ago.days", new Object[] {since.toDays()}, locale);
    }
}
