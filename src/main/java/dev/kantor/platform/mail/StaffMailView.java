package dev.kantor.platform.mail;

import java.time.Instant;

/** A mail to staff as queued, with when it was sent (null while it waits). */
public record StaffMailView(
        long id, String eventKey, String recipient, String subject, String bodyText, String bodyHtml, Instant sentAt) {}
