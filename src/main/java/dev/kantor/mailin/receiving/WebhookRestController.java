package dev.kantor.mailin.receiving;

import java.io.IOException;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;

import dev.kantor.mailin.mailboxes.Mailboxes;
import dev.kantor.mailin.reading.MailReader;
import dev.kantor.mailin.reading.UnreadableMail;
import dev.kantor.platform.KantorException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The way in for a mail relay: it posts each raw mail (RFC 822, {@code message/rfc822}) with the
 * mailbox's secret. No account: the secret is the credential; a wrong secret and an unknown mailbox
 * get the same answer. A mail received before is answered as such, so a relay may post again
 * whenever it is unsure the first post arrived.
 */
@RestController
@Tag(name = "Inbound e-mail", description = "Mailboxes customers write to, and the webhook mail relays post to")
class WebhookRestController {

    static final String PATH = "/api/mailin/webhook/";
    static final String SECRET_HEADER = "X-Kantor-Mailbox-Secret";

    private final Mailboxes mailboxes;
    private final MailDesk desk;

    WebhookRestController(Mailboxes mailboxes, MailDesk desk) {
        this.mailboxes = mailboxes;
        this.desk = desk;
    }

    @PostMapping(
            path = PATH + "{mailboxId}",
            consumes = {"message/rfc822", "application/octet-stream", "text/plain"})
    @Operation(
            summary = "Receive a raw mail from a mail relay",
            description = "The body is the whole mail as RFC 822 (message/rfc822); the mailbox's secret comes in the "
                    + SECRET_HEADER + " header. 202 with what became of it (OPENED, ADDED, REOPENED, FOLLOW_UP, "
                    + "IGNORED, THROTTLED, DUPLICATE); 404 for an unknown mailbox or a wrong secret alike; 400 for "
                    + "what is not a mail; 413 above 40 MB.")
    ResponseEntity<Map<String, String>> receive(
            @PathVariable long mailboxId,
            @RequestHeader(name = SECRET_HEADER, required = false) String secret,
            HttpServletRequest request)
            throws IOException {
        // the secret first: nobody without it makes Kantor read a body at all
        if (!mailboxes.acceptsSecret(mailboxId, secret)) {
            throw KantorException.notFound("mailin.webhook.refused");
        }
        if (request.getContentLengthLong() > MailReader.MAX_BYTES) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        // read up to the limit and no further, whatever the body claims to weigh
        byte[] raw = request.getInputStream().readNBytes(MailReader.MAX_BYTES + 1);
        if (raw.length > MailReader.MAX_BYTES) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        MailDesk.Received received;
        try {
            received = desk.receive(mailboxId, raw);
        } catch (UnreadableMail e) {
            throw KantorException.invalid("mailin.webhook.unreadable");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(
                        received.reason() == null
                                ? Map.of("outcome", received.outcome().name())
                                : Map.of("outcome", received.outcome().name(), "reason", received.reason()));
    }
}
