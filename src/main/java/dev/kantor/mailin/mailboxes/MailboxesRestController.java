package dev.kantor.mailin.mailboxes;

import java.net.URI;

import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The mailboxes through the REST API, for admins: never a password or a secret in an answer but the new one. */
@RestController
@Tag(name = "Inbound e-mail", description = "Mailboxes customers write to, and the webhook mail relays post to")
@PreAuthorize("hasRole('ADMIN')")
class MailboxesRestController {

    /** A new mailbox, and for a webhook its secret and the path to post to: shown this once. */
    @Schema(description = "A mailbox just connected; a webhook's secret is shown in this answer only")
    record ConnectedMailbox(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Mailbox mailbox,
            @Schema(
                            description =
                                    "WEBHOOK only: the secret a relay sends in X-Kantor-Mailbox-Secret, shown once",
                            example = "4K4X7KrQmyVE9pa_bU4XvUr5KcxZQzKjPgGdM0-DRgA")
                    String webhookSecret,
            @Schema(
                            description = "WEBHOOK only: the path a relay posts each raw mail to",
                            example = "/api/mailin/webhook/3")
                    String webhookPath) {}

    /** A webhook mailbox's new secret, which replaces the old one: shown this once. */
    @Schema(description = "A webhook mailbox's new secret, shown in this answer only")
    record NewWebhookSecret(
            @Schema(
                            requiredMode = Schema.RequiredMode.REQUIRED,
                            example = "4K4X7KrQmyVE9pa_bU4XvUr5KcxZQzKjPgGdM0-DRgA")
                    String webhookSecret,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "/api/mailin/webhook/3")
                    String webhookPath) {}

    private final Mailboxes mailboxes;

    MailboxesRestController(Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    @GetMapping("/api/mailin/mailboxes")
    @Operation(summary = "Every mailbox", description = "With the last error of a mailbox that cannot be read.")
    @Sortable({"name", "id"})
    Paged<Mailbox> list(PageQuery paging) {
        return paging.inMemory(mailboxes.all());
    }

    @GetMapping("/api/mailin/mailboxes/{id}")
    @Operation(summary = "One mailbox")
    Mailbox get(@PathVariable long id) {
        return mailboxes.require(id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/mailin/mailboxes")
    @Operation(
            summary = "Connect a mailbox",
            description =
                    "IMAP over TLS (host, port, username, password, folder) or WEBHOOK; topic and language of the "
                            + "cases its mail opens. A webhook's secret is in this answer only. 400 naming the fields.")
    ResponseEntity<ConnectedMailbox> connect(@RequestBody MailboxRequest request) {
        Mailboxes.Connected connected = mailboxes.connect(request.details());
        Mailbox m = connected.mailbox();
        return ResponseEntity.created(URI.create("/api/mailin/mailboxes/" + m.id()))
                .body(new ConnectedMailbox(m, connected.webhookSecret(), webhookPath(m)));
    }

    @PutMapping("/api/mailin/mailboxes/{id}")
    @Operation(
            summary = "Change a mailbox",
            description = "A blank or missing password keeps the one it has; its mode cannot change.")
    Mailbox change(@PathVariable long id, @RequestBody MailboxRequest request) {
        return mailboxes.change(id, request.details());
    }

    @DeleteMapping("/api/mailin/mailboxes/{id}")
    @Operation(
            summary = "Delete a mailbox",
            description = "Gone from every answer, health and the readers; its password and webhook secret are erased "
                    + "at once. The record of the mails it received stays, so that a mail is never handled twice. "
                    + "409 while a node is reading the mailbox: try again in a few minutes.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@PathVariable long id) {
        mailboxes.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/mailin/mailboxes/{id}/secret")
    @Operation(
            summary = "A new webhook secret",
            description = "The old one stops working; the new one is shown once. 422 for an IMAP mailbox.")
    NewWebhookSecret newSecret(@PathVariable long id) {
        return new NewWebhookSecret(mailboxes.newWebhookSecret(id), webhookPath(mailboxes.require(id)));
    }

    static String webhookPath(Mailbox m) {
        return m.mode() == MailboxMode.WEBHOOK ? "/api/mailin/webhook/" + m.id() : null;
    }
}
