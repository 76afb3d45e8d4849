package dev.kantor.mailin;

/**
 * Inbound e-mail as other modules (the demo) use it: connect a webhook mailbox and hand it raw mail as
 * a mail relay would. Admins connect and change mailboxes on their pages and through the REST API.
 */
public interface InboundMailboxes {

    /** Whether any mailbox is connected. */
    boolean any();

    /**
     * Connects a mailbox a mail relay posts to (admins).
     *
     * @return its id
     */
    long connectWebhook(String name, String topic, String language);

    /**
     * Receives a raw mail (RFC 822) in a mailbox, exactly once.
     *
     * @return what became of it: OPENED, ADDED, REOPENED, FOLLOW_UP, IGNORED, THROTTLED or DUPLICATE
     */
    String receive(long mailboxId, byte[] raw);
}
