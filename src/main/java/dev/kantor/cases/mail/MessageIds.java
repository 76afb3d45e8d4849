package dev.kantor.cases.mail;

import java.util.UUID;

/**
 * Message-IDs for the mails Kantor sends (RFC 5322): random, so that no two mails share one, and
 * in the domain of the sender's address.
 */
final class MessageIds {

    private MessageIds() {}

    static String next(String from) {
        return "<" + UUID.randomUUID() + "@" + domainOf(from) + ">";
    }

    /** The domain of an address such as {@code kantor@shop.example} or {@code Shop <cs@shop.example>}. */
    static String domainOf(String from) {
        int at = from == null ? -1 : from.lastIndexOf('@');
        if (at < 0) {
            return "kantor.invalid";
        }
        String domain = from.substring(at + 1).replaceAll("[>\\s].*$", "");
        return domain.matches("[A-Za-z0-9.-]{1,200}") ? domain : "kantor.invalid";
    }
}
