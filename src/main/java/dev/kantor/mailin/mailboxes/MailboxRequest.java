package dev.kantor.mailin.mailboxes;

/**
 * A mailbox as the API takes it: mode IMAP (host, port 993 when left out, username, password, folder
 * INBOX when left out) or WEBHOOK; topic and language of the cases its mail opens; reopenDays (14).
 */
record MailboxRequest(
        String name,
        String mode,
        String host,
        Integer port,
        String username,
        String password,
        String folder,
        String topic,
        String language,
        Integer reopenDays,
        Boolean active) {

    MailboxDetails details() {
        MailboxMode m = null;
        if (mode != null) {
            try {
                m = MailboxMode.valueOf(mode.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw dev.kantor.platform.InvalidInput.of("mode", "mailin.mailbox.mode-invalid");
            }
        }
        return new MailboxDetails(name, m, host, port, username, password, folder, topic, language, reopenDays, active);
    }

    @Override
    public String toString() {
        return details().toString();
    }
}
