package dev.kantor.cases.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.kantor.routing.TopicCatalogue;

import org.springframework.context.MessageSource;

/** A view's filters and order in words, as its list and its form show them: "Owner: Mine", "Sorted by opened, oldest first". */
final class ViewDescription {

    private ViewDescription() {}

    static List<String> of(ViewCriteria c, MessageSource messages, Locale locale, TopicCatalogue topics) {
        List<String> parts = new ArrayList<>();
        if (c.owner() != null) {
            parts.add(part(messages, locale, "cases.owner", text(messages, locale, "cases.owner." + c.owner())));
        }
        parts.add(part(
                messages,
                locale,
                "cases.status",
                c.status() == null
                        ? text(messages, locale, "cases.any-open")
                        : text(messages, locale, "cases.status." + c.status())));
        if (c.priority() != null) {
            parts.add(
                    part(messages, locale, "cases.priority", text(messages, locale, "cases.priority." + c.priority())));
        }
        if (c.topic() != null) {
            parts.add(part(messages, locale, "cases.topic", topics.name(c.topic(), locale)));
        }
        if (c.channel() != null) {
            parts.add(part(messages, locale, "cases.channel", text(messages, locale, "cases.channel." + c.channel())));
        }
        if (c.type() != null) {
            parts.add(part(messages, locale, "cases.type", text(messages, locale, "cases.type." + c.type())));
        }
        if (c.sla() != null) {
            parts.add(part(messages, locale, "cases.sla", text(messages, locale, "cases.sla." + c.sla())));
        }
        if (c.text() != null) {
            parts.add(part(messages, locale, "cases.search", "“" + c.text() + "”"));
        }
        parts.add(messages.getMessage(
                "queue.sorted-by",
                new Object[] {
                    text(messages, locale, "queue.sort." + c.order().by()),
                    text(
                            messages,
                            locale,
                            "queue.sort." + c.order().by() + "." + c.order().direction())
                },
                locale));
        return parts;
    }

    private static String part(MessageSource messages, Locale locale, String labelKey, String value) {
        return text(messages, locale, labelKey) + ": " + value;
    }

    private static String text(MessageSource messages, Locale locale, String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
