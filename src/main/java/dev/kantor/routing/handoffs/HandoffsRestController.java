package dev.kantor.routing.handoffs;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Warm handoffs through the REST API: start one, follow it, answer an offer; the figures for managers. */
@RestController
@RequestMapping("/api")
@Tag(
        name = "Routing",
        description = "No wrong door: topics, presence, who can help now, and warm handoffs that "
                + "a colleague accepts before the customer is let go")
class HandoffsRestController {

    private final HandoffStart start;
    private final OfferAnswers answers;
    private final VisibleHandoffs handoffs;
    private final HandoffFigures figures;

    HandoffsRestController(HandoffStart start, OfferAnswers answers, VisibleHandoffs handoffs, HandoffFigures figures) {
        this.start = start;
        this.answers = answers;
        this.handoffs = handoffs;
        this.figures = figures;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/handoffs")
    @Operation(
            summary = "Hand a customer to a colleague",
            description = "For an existing case (caseId) or a "
                    + "customer with no case yet (customer: a walk-in case is opened, logged by the caller), never both. "
                    + "The offer goes "
                    + "to receiverId, who must be among the helpers available now, or to the best helper. If nobody accepts "
                    + "within the offer time (kantor.routing.offer-timeout, 2 minutes by default) it moves to the next "
                    + "person; when nobody is left, the case waits in the team queue and the on-duty manager is alerted. "
                    + "201 with the handoff.")
    ResponseEntity<HandoffResponse> start(@RequestBody HandoffApiRequest request) {
        Handoff h;
        try {
            h = start.start(request.toRequest());
        } catch (InvalidInput e) {
            throw new InvalidInput(e.problems().stream()
                    .map(p -> new FieldProblem(
                            switch (p.field()) {
                                case "customerName" -> "customer.name";
                                case "customerEmail" -> "customer.email";
                                case "customerPhone" -> "customer.phone";
                                default -> p.field();
                            },
                            p.messageKey(),
                            p.args()))
                    .toList());
        }
        return ResponseEntity.created(URI.create("/api/handoffs/" + h.getId())).body(HandoffResponse.of(h));
    }

    @GetMapping("/handoffs/{id}")
    @Operation(
            summary = "One handoff",
            description = "For its sender, the people it was offered to, managers and " + "admins.")
    HandoffResponse handoff(@PathVariable long id) {
        return HandoffResponse.of(handoffs.get(id));
    }

    @GetMapping("/handoffs/offers")
    @Operation(summary = "Handoffs waiting for the caller's answer")
    @Sortable({"id"})
    Paged<HandoffResponse> myOffers(PageQuery paging) {
        return paging.inMemory(
                handoffs.offeredToMe().stream().map(HandoffResponse::of).toList());
    }

    @PostMapping("/handoffs/{id}/accept")
    @Operation(
            summary = "Accept a handoff offered to the caller",
            description = "The case becomes the caller's and "
                    + "the customer's portal says who is helping them. 403 when it was offered to someone else; 409 when it "
                    + "was already accepted (two accepts at once: exactly one wins), declined, ran out or fell back to the "
                    + "queue.")
    HandoffResponse accept(@PathVariable long id) {
        return HandoffResponse.of(answers.accept(id));
    }

    @PostMapping("/handoffs/{id}/decline")
    @Operation(
            summary = "Decline a handoff offered to the caller",
            description = "It moves on to the next person, " + "or to the team queue. Same refusals as accept.")
    HandoffResponse decline(@PathVariable long id, @RequestBody(required = false) DeclineRequest request) {
        return HandoffResponse.of(answers.decline(id, request == null ? null : request.reason()));
    }

    @GetMapping("/handoffs/figures")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Operation(
            summary = "Handoff figures (managers, admins)",
            description = "Over the last days (1–366): handoffs, "
                    + "accepted, fell back to a queue, still open, declines, offers that ran out, and the median time to "
                    + "accept; per day, per topic and per sending department (by id).")
    HandoffFigures.Report figures(@RequestParam(defaultValue = "30") int days) {
        return figures.lastDays(days);
    }

    @Schema(description = "Either caseId, or customer for someone with no case yet; not both")
    record HandoffApiRequest(
            Long caseId,
            CustomerRequest customer,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "warranty") String topic,
            @Schema(example = "id") String language,
            @Schema(description = "Context for the colleague: what the customer needs") String note,
            @Schema(description = "The chosen colleague; omit to take the best suggestion") Long receiverId) {

        HandoffRequest toRequest() {
            if (caseId == null && customer == null) {
                throw InvalidInput.of("caseId", "routing.validation.case-or-customer");
            }
            if (caseId != null && customer != null) {
                // never guess which one was meant: the customer would silently be left out
                throw InvalidInput.of("customer", "routing.validation.case-and-customer");
            }
            return new HandoffRequest(
                    caseId,
                    customer == null ? null : customer.name(),
                    customer == null ? null : customer.email(),
                    customer == null ? null : customer.phone(),
                    topic,
                    language,
                    note,
                    receiverId);
        }
    }

    @Schema(name = "HandoffCustomer")
    record CustomerRequest(String name, String email, String phone) {}

    record DeclineRequest(String reason) {}

    record OfferResponse(
            long employeeId,
            Instant offeredAt,
            Instant expiresAt,
            OfferOutcome outcome,
            Instant answeredAt,
            String reason) {

        static OfferResponse of(HandoffOffer o) {
            return new OfferResponse(
                    o.employeeId(), o.offeredAt(), o.expiresAt(), o.outcome(), o.answeredAt(), o.reason());
        }
    }

    record HandoffResponse(
            long id,
            long caseId,
            String topic,
            String language,
            long senderId,
            String note,
            HandoffState state,
            Long offeredTo,
            Instant offerExpiresAt,
            Long receiverId,
            Instant createdAt,
            Instant decidedAt,
            List<OfferResponse> offers,
            int version) {

        static HandoffResponse of(Handoff h) {
            return new HandoffResponse(
                    h.getId(),
                    h.getCaseId(),
                    h.getTopic(),
                    h.getLanguage(),
                    h.getSenderId(),
                    h.getNote(),
                    h.getState(),
                    h.getOfferedTo(),
                    h.getOfferExpiresAt(),
                    h.getReceiverId(),
                    h.getCreatedAt(),
                    h.getDecidedAt(),
                    h.getOffers().stream().map(OfferResponse::of).toList(),
                    h.getVersion());
        }
    }
}
