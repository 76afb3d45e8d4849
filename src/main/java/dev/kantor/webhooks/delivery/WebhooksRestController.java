package dev.kantor.webhooks.delivery;

import java.util.List;

import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.SecretShownOnce;
import dev.kantor.platform.web.Sortable;
import dev.kantor.webhooks.catalogue.EventCatalogue;
import dev.kantor.webhooks.subscriptions.NewSubscription;
import dev.kantor.webhooks.subscriptions.Subscription;
import dev.kantor.webhooks.subscriptions.Subscriptions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Webhook subscriptions and their delivery logs through the REST API (admins). */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(
        name = "Webhooks",
        description = "Subscribe URLs to Kantor's events. Each delivery is a POST of JSON (id, type, occurredAt, "
                + "subject, data) signed in X-Kantor-Signature: t=<unix>,v1=<hex HMAC-SHA256 of \"t.body\">; retried "
                + "with back-off, at least once and in order per subject; paused after failures in a row.")
class WebhooksRestController {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;

    WebhooksRestController(Subscriptions subscriptions, Deliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    /** A subscription to make: the receiver's URL, what it is, and the event types it wants. */
    record SubscriptionRequest(String url, String description, List<String> eventTypes) {}

    @GetMapping("/api/webhooks/event-types")
    @Operation(summary = "The event types one can subscribe to")
    @Sortable({"name"})
    Paged<EventCatalogue.EventType> eventTypes(PageQuery paging) {
        return paging.inMemory(EventCatalogue.TYPES);
    }

    @GetMapping("/api/webhooks")
    @Operation(summary = "Every subscription (admin)")
    @Sortable({"id", "url"})
    Paged<Subscription> list(PageQuery paging) {
        return paging.inMemory(subscriptions.all());
    }

    @PostMapping("/api/webhooks")
    @Operation(
            summary = "Subscribe a URL (admin)",
            description = "Answers the signing secret this once. 400 naming the field for a URL that is not http(s), "
                    + "whose host is unknown or private (loopback, private, link-local), or unknown event types.")
    @ApiResponse(responseCode = "201", description = "The subscription and its secret")
    ResponseEntity<NewSubscription> create(@RequestBody SubscriptionRequest request) {
        NewSubscription made = subscriptions.create(request.url(), request.description(), request.eventTypes());
        return SecretShownOnce.created("/api/webhooks/" + made.subscription().id(), made);
    }

    @GetMapping("/api/webhooks/{id}")
    @Operation(summary = "One subscription (admin)")
    Subscription one(@PathVariable long id) {
        return subscriptions.one(id);
    }

    @DeleteMapping("/api/webhooks/{id}")
    @Operation(summary = "Delete a subscription and its delivery log (admin)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@PathVariable long id) {
        subscriptions.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/webhooks/{id}/resumption")
    @Operation(
            summary = "Resume a paused subscription (admin)",
            description = "Its waiting deliveries go out in order.")
    Subscription resume(@PathVariable long id) {
        subscriptions.resume(id);
        return subscriptions.one(id);
    }

    @GetMapping("/api/webhooks/{id}/deliveries")
    @Operation(
            summary = "A subscription's delivery log (admin)",
            description = "Newest first, with every attempt. The log keeps a delivery that got through for "
                    + "kantor.webhooks.keep-delivered (30 days), and gives up and deletes one that never got through "
                    + "after kantor.webhooks.keep-undelivered (90 days).")
    Paged<DeliveryView> deliveries(@PathVariable long id, PageQuery paging) {
        return paging.page(deliveries.log(id, paging.offset(), paging.size()), deliveries.count(id));
    }

    @PostMapping("/api/webhooks/{id}/deliveries/{deliveryId}/redelivery")
    @Operation(summary = "Send a delivery again (admin)", description = "With the same event id, at the next round.")
    @ApiResponse(responseCode = "202", description = "Queued")
    ResponseEntity<Void> sendAgain(@PathVariable long id, @PathVariable long deliveryId) {
        deliveries.sendAgain(id, deliveryId);
        return ResponseEntity.accepted().build();
    }
}
