package dev.kantor.mailin.mailboxes;

/** What reading a mailbox over IMAP needs, its password included: never logged ({@link #toString()}). */
public record ImapAccess(String host, int port, String username, String password, String folder) {

    @Override
    public String toString() {
        return "ImapAccess[%s@%s:%d/%s]".formatted(username, host, port, folder);
    }
}
