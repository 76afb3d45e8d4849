package dev.kantor.routing;

/**
 * What a handoff needs to know about the case it carries.
 *
 * @param walkIn the customer came to the counter: whoever takes them over must come to them
 */
public record HandoffCase(
        long id,
        String reference,
        String subject,
        String topic,
        Long ownerId,
        String customerName,
        String customerLanguage,
        boolean closed,
        boolean walkIn) {}
