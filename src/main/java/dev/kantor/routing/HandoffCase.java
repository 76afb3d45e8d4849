package dev.kantor.routing;

/** What a handoff needs to know about the case it carries. */
public record HandoffCase(
        long id,
        String reference,
        String subject,
        String topic,
        Long ownerId,
        String customerName,
        String customerLanguage,
        boolean closed) {}
