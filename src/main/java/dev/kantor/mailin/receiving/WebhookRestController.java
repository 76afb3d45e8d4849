package dev.kantor.mailin.receiving;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;

import dev.kantor.mailin.mailboxes.Mailboxes;
import dev.kantor.mailin.reading.MailReader;
import dev.kantor.mailin.reading.UnreadableMail;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.ProblemTypes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

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

    /** What became of a mail a relay posted. */
    @Schema(name = "RelayedMailAnswer", description = "What became of the mail posted")
    record Answer(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Outcome outcome,
            @Schema(description = MessageRecord.REASON) String reason) {}

    private final Mailboxes mailboxes;
    private final MailDesk desk;
    private final MessageSource messages;

    WebhookRestController(Mailboxes mailboxes, MailDesk desk, MessageSource messages) {
        this.mailboxes = mailboxes;
        this.desk = desk;
        this.messages = messages;
    }

    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping(
            path = PATH + "{mailboxId}",
            consumes = {"message/rfc822", "application/octet-stream", "text/plain"})
    // no account: the mailbox's secret in its header is the credential
    @SecurityRequirements
    @Operation(
            summary = "Receive a raw mail from a mail relay",
            description = "The body is the whole mail as RFC 822 (message/rfc822); the mailbox's secret comes in the "
                    + SECRET_HEADER + " header. 202 with what became of it (OPENED, ADDED, REOPENED, FOLLOW_UP, "
                    + "IGNORED, THROTTLED, DUPLICATE); 404 for an unknown mailbox or a wrong secret alike; 400 for "
                    + "what is not a mail; 413 above 40 MB; 409 while the mailbox's team has no topic to open cases "
                    + "on (nothing recorded: post it again later).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            description = "The whole mail, headers and body, as the relay received it (RFC 822)",
                            content = {
                                @Content(
                                        mediaType = "message/rfc822",
                                        schema = @Schema(type = "string", format = "binary")),
                                @Content(
                                        mediaType = "application/octet-stream",
                                        schema = @Schema(type = "string", format = "binary")),
                                @Content(mediaType = "text/plain", schema = @Schema(type = "string"))
                            }))
    Answer receive(
            @PathVariable long mailboxId,
            @Parameter(description = "The mailbox's webhook secret; without it, or with a wrong one, 404")
                    @RequestHeader(name = SECRET_HEADER, required = false)
                    String secret,
            HttpServletRequest request)
            throws IOException {
        // the secret first: nobody without it makes Kantor read a body at all
        if (!mailboxes.acceptsSecret(mailboxId, secret)) {
            throw KantorException.notFound("mailin.webhook.refused");
        }
        if (request.getContentLengthLong() > MailReader.MAX_BYTES) {
            throw tooLarge();
        }
        // read up to the limit and no further, whatever the body claims to weigh
        byte[] raw = request.getInputStream().readNBytes(MailReader.MAX_BYTES + 1);
        if (raw.length > MailReader.MAX_BYTES) {
            throw tooLarge();
        }
        MailDesk.Received received = desk.receive(mailboxId, raw);
        return new Answer(received.outcome(), received.reason());
    }

    /**
     * A body that is not a mail is bad input that cannot be read (400, like any body the API cannot
     * read), not a broken rule: the relay should not post it again as it is.
     */
    @ExceptionHandler(UnreadableMail.class)
    ResponseEntity<ProblemDetail> unreadable(UnreadableMail e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(ProblemTypes.uri("unreadable"));
        problem.setTitle(messages.getMessage("mailin.webhook.unreadable", null, LocaleContextHolder.getLocale()));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Answered as the API's problem details (413, too-large), like every other refusal. */
    private static ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
    }
}
