package dev.kantor.mailin.receiving;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads every active IMAP mailbox now and then ({@code kantor.mailin.poll-every}, a minute), on every
 * node; each mailbox is claimed, so one node reads it at a time.
 */
@Component
@ConditionalOnProperty(name = "kantor.mailin.polling", havingValue = "true", matchIfMissing = true)
class MailPolling {

    private final dev.kantor.mailin.mailboxes.Mailboxes mailboxes;
    private final ImapReader reader;

    MailPolling(dev.kantor.mailin.mailboxes.Mailboxes mailboxes, ImapReader reader) {
        this.mailboxes = mailboxes;
        this.reader = reader;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "${kantor.mailin.poll-every:PT1M}")
    void readAll() {
        for (long id : mailboxes.activeImap()) {
            reader.read(id);
        }
    }
}
