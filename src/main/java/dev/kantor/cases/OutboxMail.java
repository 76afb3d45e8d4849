package dev.kantor.cases;

import java.time.Instant;

/** An e-mail to a customer, sent or waiting in the outbox. */
public record OutboxMail(long id, Instant createdAt, String recipient, String subject, String body, Long caseId,
        Instant sentAt, String failure) {
}
