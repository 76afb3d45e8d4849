package dev.kantor.mailin.mailboxes;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A mailbox as the API takes it: mode IMAP (host, port 993 when left out, username, password, folder
 * INBOX when left out) or WEBHOOK; topic (or team) and language of the cases its mail opens; reopenDays (14).
 */
@Schema(description = "A mailbox to connect or change; 400 names every field that is wrong")
record MailboxRequest(
        @Schema(description = "Required", example = "Layanan pelanggan") String name,
        @Schema(
                        description = "IMAP (read over TLS) or WEBHOOK (a relay posts each mail); required to "
                                + "connect, and it cannot change",
                        allowableValues = {"IMAP", "WEBHOOK"})
                String mode,
        @Schema(description = "IMAP: the server's host name (required)", example = "imap.example.com") String host,
        @Schema(description = "IMAP: 993 when left out", example = "993") Integer port,
        @Schema(description = "IMAP: required") String username,
        @Schema(
                        description = "IMAP: required to connect; blank or left out when changing keeps the one it "
                                + "has. Never answered.",
                        format = "password")
                String password,
        @Schema(description = "IMAP: INBOX when left out", example = "INBOX") String folder,
        @Schema(
                        description = "The topic of the cases its mail opens; give a topic or a team, one of the two",
                        example = "returns")
                String topic,
        @Schema(
                        description =
                                "The team (department id) in whose queue its mail opens cases, on the first active "
                                        + "topic that falls back to that team (routing's topics); give a topic or a team")
                Long teamDepartmentId,
        @Schema(description = "The language of the cases its mail opens and their mails (required)", example = "id")
                String language,
        @Schema(
                        description = "How many days after a case is resolved a reply reopens it; later, it opens a "
                                + "new case. 14 when left out",
                        example = "14")
                Integer reopenDays,
        @Schema(description = "true when left out in a new mailbox; a change without it keeps it") Boolean active) {

    MailboxDetails details() {
        MailboxMode m = null;
        if (mode != null) {
            try {
                m = MailboxMode.valueOf(mode.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw dev.kantor.platform.InvalidInput.of("mode", "mailin.mailbox.mode-invalid");
            }
        }
        return new MailboxDetails(
                name, m, host, port, username, password, folder, topic, teamDepartmentId, language, reopenDays, active);
    }

    @Override
    public String toString() {
        return details().toString();
    }
}
