package dev.kantor.mailin.receiving;

import dev.kantor.mailin.mailboxes.MailboxMode;
import dev.kantor.mailin.mailboxes.Mailboxes;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** What came into a mailbox, and reading an IMAP mailbox now, for admins. */
@RestController
@Tag(name = "Inbound e-mail", description = "Mailboxes customers write to, and the webhook mail relays post to")
@PreAuthorize("hasRole('ADMIN')")
class ReceivedMailRestController {

    private final Mailboxes mailboxes;
    private final ReceivedMessages messages;
    private final ImapReader reader;

    ReceivedMailRestController(Mailboxes mailboxes, ReceivedMessages messages, ImapReader reader) {
        this.mailboxes = mailboxes;
        this.messages = messages;
        this.reader = reader;
    }

    @GetMapping("/api/mailin/mailboxes/{id}/messages")
    @Operation(
            summary = "The latest mails of a mailbox",
            description = "Newest first: sender, subject, what became of each (OPENED, ADDED, REOPENED, "
                    + "FOLLOW_UP, IGNORED with the reason, THROTTLED) and its case.")
    Paged<MessageRecord> latest(@PathVariable long id, PageQuery paging) {
        mailboxes.require(id);
        return paging.page(messages.latest(id, paging.offset(), paging.size()), messages.count(id));
    }

    @PostMapping("/api/mailin/mailboxes/{id}/read")
    @Operation(
            summary = "Read an IMAP mailbox now",
            description = "claimed false when another node is reading it at this moment; error when it cannot be read. "
                    + "422 for a webhook mailbox, which is not read.")
    ImapReader.Round readNow(@PathVariable long id) {
        if (mailboxes.require(id).mode() != MailboxMode.IMAP) {
            throw KantorException.invalid("mailin.mailbox.not-imap");
        }
        return reader.read(id);
    }
}
