package dev.kantor.mailin.mailboxes;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A mailbox as admins and the API see it: everything but its password and its webhook secret.
 *
 * @param topic      the topic of the cases its mail opens; null when it opens them in a team's queue
 * @param teamDepartmentId the team (department) in whose queue its mail opens cases, on the team's first topic;
 *                   null when it opens them on a topic
 * @param language   the language of the cases its mail opens, and of their mails
 * @param reopenDays how long after a case is resolved a reply reopens it; later, it opens a new case
 * @param lastError  why the last attempt to read it failed, or null when it worked
 */
@Schema(description = "A mailbox: never its password or its webhook secret")
public record Mailbox(
        long id,
        String name,
        MailboxMode mode,
        @Schema(description = "IMAP only") String host,
        @Schema(description = "IMAP only") Integer port,
        @Schema(description = "IMAP only") String username,
        @Schema(description = "IMAP only") String folder,
        @Schema(description = "The topic of the cases its mail opens; none when it opens them in a team's queue")
                String topic,
        @Schema(
                        description = "The team (department id) in whose queue its mail opens cases, on the first "
                                + "active topic that falls back to that team; none when it opens them on a topic")
                Long teamDepartmentId,
        @Schema(description = "The language of the cases its mail opens, and of their mails") String language,
        @Schema(description = "How many days after a case is resolved a reply reopens it; later, it opens a new case")
                int reopenDays,
        boolean active,
        Instant createdAt,
        @Schema(description = "When it was last read (IMAP); none before the first time") Instant lastPolledAt,
        @Schema(description = "Why the last attempt to read it failed; none when it worked") String lastError,
        @Schema(description = "When the last attempt to read it failed") Instant lastErrorAt) {

    /** Whether reading it worked last time (or it was never read). */
    public boolean healthy() {
        return lastError == null;
    }
}
