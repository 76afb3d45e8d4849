package dev.kantor.mailin.mailboxes;

/**
 * A mailbox as an admin connects or changes it.
 *
 * @param password the IMAP password; blank when changing a mailbox keeps the one it has
 * @param topic    the topic of the cases its mail opens, or null for a team's queue
 * @param teamDepartmentId the team (department) in whose queue its mail opens cases, or null for a topic
 */
public record MailboxDetails(
        String name,
        MailboxMode mode,
        String host,
        Integer port,
        String username,
        String password,
        String folder,
        String topic,
        Long teamDepartmentId,
        String language,
        Integer reopenDays,
        Boolean active) {

    /** Never the password, even in a log line or an exception. */
    @Override
    public String toString() {
        return "MailboxDetails[name=%s, mode=%s, host=%s, port=%s, username=%s, folder=%s, topic=%s, team=%s]"
                .formatted(name, mode, host, port, username, folder, topic, teamDepartmentId);
    }
}
