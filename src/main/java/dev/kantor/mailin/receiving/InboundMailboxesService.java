package dev.kantor.mailin.receiving;

import dev.kantor.mailin.InboundMailboxes;
import dev.kantor.mailin.mailboxes.MailboxDetails;
import dev.kantor.mailin.mailboxes.MailboxMode;
import dev.kantor.mailin.mailboxes.Mailboxes;

import org.springframework.stereotype.Service;

/** {@link InboundMailboxes} through the mailboxes and the mail desk. */
@Service
class InboundMailboxesService implements InboundMailboxes {

    private final Mailboxes mailboxes;
    private final MailDesk desk;

    InboundMailboxesService(Mailboxes mailboxes, MailDesk desk) {
        this.mailboxes = mailboxes;
        this.desk = desk;
    }

    @Override
    public boolean any() {
        return !mailboxes.everyMailbox().isEmpty();
    }

    @Override
    public long connectWebhook(String name, String topic, String language) {
        return mailboxes
                .connect(new MailboxDetails(
                        name, MailboxMode.WEBHOOK, null, null, null, null, null, topic, null, language, null, true))
                .mailbox()
                .id();
    }

    @Override
    public String receive(long mailboxId, byte[] raw) {
        return desk.receive(mailboxId, raw).outcome().name();
    }
}
