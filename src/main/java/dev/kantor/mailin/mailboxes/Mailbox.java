package dev.kantor.mailin.mailboxes;

import java.time.Instant;

/**
 * A mailbox as admins and the API see it: everything but its password and its webhook secret.
 *
 * @param topic      the topic of the cases its mail opens
 * @param language   the language of the cases its mail opens, and of their mails
 * @param reopenDays how long after a case is resolved a reply reopens it; later, it opens a new case
 * @param lastError  why the last attempt to read it failed, or null when it worked
 */
public record Mailbox(
        long id,
        String name,
        MailboxMode mode,
        String host,
        Integer port,
        String username,
        String folder,
        String topic,
        String language,
        int reopenDays,
        boolean active,
        Instant createdAt,
        Instant lastPolledAt,
        String lastError,
        Instant lastErrorAt) {

    /** Whether reading it worked last time (or it was never read). */
    public boolean healthy() {
        return lastError == null;
    }
}
