package dev.kantor.cases.mail;

import java.time.Instant;

/**
 * An e-mail to a customer in the outbox, and how its delivery stands.
 *
 * @param messageId     the Message-ID it goes out with, the same on every attempt, so that the
 *                      receiving side can recognise a mail sent twice after an unknown outcome
 * @param attempts      how often a node began to send it
 * @param claimedUntil  while a node is sending it, until when no other node may
 * @param nextAttemptAt after a failure, when it is tried again
 * @param failure       why the last attempt failed
 */
public record OutboxMail(
        long id,
        Instant createdAt,
        String recipient,
        String subject,
        String body,
        Long caseId,
        String messageId,
        Instant sentAt,
        int attempts,
        Instant claimedUntil,
        Instant nextAttemptAt,
        String failure,
        Delivery delivery) {

    /** Where a mail is on its way to the customer. */
    public enum Delivery {
        /** Not tried yet. */
        WAITING,
        /** A node is sending it now. */
        SENDING,
        /** An attempt failed, or its node stopped while sending it: it is tried again. */
        RETRYING,
        SENT,
        /** Every attempt failed: nobody tries again. */
        GAVE_UP
    }
}
