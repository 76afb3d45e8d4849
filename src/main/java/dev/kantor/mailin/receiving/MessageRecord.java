package dev.kantor.mailin.receiving;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A mail received, as admins see it on its mailbox: who wrote, what became of it, and why. */
@Schema(description = "A mail received in a mailbox, and what became of it")
public record MessageRecord(
        long id,
        long mailboxId,
        @Schema(description = "Its Message-ID, or a digest of the mail when it has none: a mail is acted on once")
                String messageKey,
        Instant receivedAt,
        @Schema(description = "The sender's address; none when the mail names no sender") String sender,
        String subject,
        Outcome outcome,
        @Schema(description = REASON) String reason,
        @Schema(description = "The case it opened or reached") Long caseId,
        @Schema(description = "The case it opened or reached") String caseReference) {

    /** What the reason of a mail can be, as the API describes it. */
    static final String REASON = "For IGNORED, why: AUTO_SUBMITTED, BULK, AUTO_REPLY, DELIVERY_REPORT, "
            + "MAILER_DAEMON, OWN_MAIL or NO_SENDER; FILES_LEFT_OUT when it reached a case without some of its "
            + "files; none otherwise";
}
