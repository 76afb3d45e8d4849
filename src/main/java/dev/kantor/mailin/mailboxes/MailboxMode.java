package dev.kantor.mailin.mailboxes;

/** How mail reaches a mailbox. */
public enum MailboxMode {
    /** Kantor reads an IMAP folder over TLS. */
    IMAP,
    /** A mail relay posts each raw message to Kantor, with the mailbox's secret. */
    WEBHOOK
}
