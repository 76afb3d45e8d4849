package dev.kantor.routing.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.web.Viewer;
import dev.kantor.routing.Handoff;
import dev.kantor.routing.HandoffDesk;
import dev.kantor.routing.HandoffFigures;
import dev.kantor.routing.HandoffOffer;
import dev.kantor.routing.HandoffRequest;
import dev.kantor.routing.HandoffState;
import dev.kantor.routing.HelpAnswer;
import dev.kantor.routing.OfferOutcome;
import dev.kantor.routing.Presence;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.routing.Topic;
import dev.kantor.routing.TopicCatalogue;
import dev.kantor.routing.TopicCoverage;
import dev.kantor.routing.TopicDetails;
import dev.kantor.routing.TopicSkill;
import dev.kantor.routing.WhoCanHelp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Topics, presence, "who can help now" and warm handoffs through the REST API. */
@RestController
@RequestMapping("/api")
@Tag(name = "Routing", description = "No wrong door: topics, presence, who can help now, and warm handoffs that "
        + "a colleague accepts before the customer is let go")
class RoutingApi {

    private final TopicCatalogue topics;
    private final TopicCoverage coverage;
    private final WhoCanHelp whoCanHelp;
    private final PresenceBoard presence;
    private final HandoffDesk desk;
    private final HandoffFigures figures;

    RoutingApi(TopicCatalogue topics, TopicCoverage coverage, WhoCanHelp whoCanHelp, PresenceBoard presence,
            HandoffDesk desk, HandoffFigures figures) {
        this.topics = topics;
        this.coverage = coverage;
        this.whoCanHelp = whoCanHelp;
        this.presence = presence;
        this.desk = desk;
        this.figures = figures;
    }

    @GetMapping("/topics")
    @Operation(summary = "The topic catalogue", description = "Active topics first, each with the skills (and "
            + "minimum level 1–5) that can serve it and the department whose queue it falls back to.")
    List<TopicResponse> topics() {
        return topics.all().stream().map(TopicResponse::of).toList();
    }

    @PostMapping("/topics")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a topic (admins)", description = "201; 400 with the broken fields; 409 when the code "
            + "is taken.")
    ResponseEntity<TopicResponse> createTopic(@RequestBody TopicRequest request) {
        Topic created = topics.create(request.code(), request.details());
        return ResponseEntity.created(URI.create("/api/topics/" + created.getCode())).body(TopicResponse.of(created));
    }

    @PutMapping("/topics/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Change a topic (admins)", description = "Send the version you read; 409 when the topic "
            + "changed since.")
    TopicResponse updateTopic(@PathVariable String code, @RequestBody TopicRequest request) {
        if (request.version() == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        return TopicResponse.of(topics.update(code, request.details(), request.version()));
    }

    @GetMapping("/topics/coverage")
    @Operation(summary = "Who can serve each topic right now", description = "For every active topic: qualified "
            + "people, how many are available now, and how many are on a break or away. available = 0 means nobody "
            + "on duty can serve it.")
    List<CoverageResponse> coverage() {
        return coverage.now().stream().map(l -> new CoverageResponse(l.topic().getCode(), l.qualified(), l.available(),
                l.onBreakOrAway(), l.uncovered())).toList();
    }

    @GetMapping("/helpers")
    @Operation(summary = "Who can help with a topic now", description = "People available now who hold the topic's "
            + "skills, best first: those who speak the customer's language, then higher skill, then fewer open cases "
            + "and pending handoffs, then front office before back office; the best limit of them (20 unless asked, "
            + "at most 500), and availableCount of all who are available. The fallback (the topic team's queue, with "
            + "the on-duty manager alerted, and the earliest time someone qualified is expected back) is always there; "
            + "its reason says why nobody is listed when nobody is.")
    HelpAnswer helpers(@RequestParam String topic, @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "20") int limit) {
        Long me = Viewer.current().employeeId();
        return whoCanHelp.ask(topic, language, me == null ? Set.of() : Set.of(me), limit);
    }

    @GetMapping("/presence/me")
    @Operation(summary = "The caller's presence")
    Presence myPresence() {
        return presence.of(HandoffDesk.me());
    }

    @PutMapping("/presence/me")
    @Operation(summary = "Set the caller's presence", description = "expectedBack (ISO instant, in the future) only "
            + "counts for BUSY, ON_BREAK and AWAY.")
    Presence setPresence(@RequestBody PresenceRequest request) {
        return presence.set(HandoffDesk.me(), request.status(), request.expectedBack(), PresenceSource.MANUAL);
    }

    @PostMapping("/handoffs")
    @Operation(summary = "Hand a customer to a colleague", description = "For an existing case (caseId) or a "
            + "customer with no case yet (customer: a walk-in case is opened, logged by the caller), never both. "
            + "The offer goes "
            + "to receiverId, who must be among the helpers available now, or to the best helper. If nobody accepts "
            + "within the offer time (kantor.routing.offer-timeout, 2 minutes by default) it moves to the next "
            + "person; when nobody is left, the case waits in the team queue and the on-duty manager is alerted. "
            + "201 with the handoff.")
    ResponseEntity<HandoffResponse> start(@RequestBody HandoffApiRequest request) {
        Handoff h;
        try {
            h = desk.start(request.toRequest());
        } catch (InvalidInput e) {
            throw new InvalidInput(e.problems().stream().map(p -> new FieldProblem(switch (p.field()) {
                case "customerName" -> "customer.name";
                case "customerEmail" -> "customer.email";
                case "customerPhone" -> "customer.phone";
                default -> p.field();
            }, p.messageKey(), p.args())).toList());
        }
        return ResponseEntity.created(URI.create("/api/handoffs/" + h.getId())).body(HandoffResponse.of(h));
    }

    @GetMapping("/handoffs/{id}")
    @Operation(summary = "One handoff", description = "For its sender, the people it was offered to, managers and "
            + "admins.")
    HandoffResponse handoff(@PathVariable long id) {
        return HandoffResponse.of(desk.get(id));
    }

    @GetMapping("/handoffs/offers")
    @Operation(summary = "Handoffs waiting for the caller's answer")
    List<HandoffResponse> myOffers() {
        return desk.offeredToMe().stream().map(HandoffResponse::of).toList();
    }

    @PostMapping("/handoffs/{id}/accept")
    @Operation(summary = "Accept a handoff offered to the caller", description = "The case becomes the caller's and "
            + "the customer's portal says who is helping them. 403 when it was offered to someone else; 409 when it "
            + "was already accepted (two accepts at once: exactly one wins), declined, ran out or fell back to the "
            + "queue.")
    HandoffResponse accept(@PathVariable long id) {
        return HandoffResponse.of(desk.accept(id));
    }

    @PostMapping("/handoffs/{id}/decline")
    @Operation(summary = "Decline a handoff offered to the caller", description = "It moves on to the next person, "
            + "or to the team queue. Same refusals as accept.")
    HandoffResponse decline(@PathVariable long id, @RequestBody(required = false) DeclineRequest request) {
        return HandoffResponse.of(desk.decline(id, request == null ? null : request.reason()));
    }

    @GetMapping("/handoffs/figures")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Operation(summary = "Handoff figures (managers, admins)", description = "Over the last days (1–366): handoffs, "
            + "accepted, fell back to a queue, still open, declines, offers that ran out, and the median time to "
            + "accept; per day, per topic and per sending department (by id).")
    HandoffFigures.Report figures(@RequestParam(defaultValue = "30") int days) {
        return figures.lastDays(days);
    }

    record TopicRequest(@Schema(example = "warranty") String code, String nameEn, String nameIdn,
            Long teamDepartmentId, Integer sortOrder, Boolean active, List<TopicSkill> skills, Integer version) {

        TopicDetails details() {
            return new TopicDetails(nameEn, nameIdn, teamDepartmentId, sortOrder == null ? 0 : sortOrder,
                    active == null || active, skills == null ? List.of() : skills);
        }
    }

    record TopicResponse(String code, String nameEn, String nameIdn, Long teamDepartmentId, int sortOrder,
            boolean active, List<TopicSkill> skills, int version) {

        static TopicResponse of(Topic t) {
            return new TopicResponse(t.getCode(), t.getNameEn(), t.getNameIdn(), t.getTeamDepartmentId(),
                    t.getSortOrder(), t.isActive(), t.minimumLevels().entrySet().stream()
                            .map(e -> new TopicSkill(e.getKey(), e.getValue())).toList(), t.getVersion());
        }
    }

    record CoverageResponse(String topic, int qualified, int available, int onBreakOrAway, boolean uncovered) {
    }

    record PresenceRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PresenceStatus status,
            Instant expectedBack) {
    }

    @Schema(description = "Either caseId, or customer for someone with no case yet; not both")
    record HandoffApiRequest(Long caseId, CustomerRequest customer,
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
            return new HandoffRequest(caseId, customer == null ? null : customer.name(),
                    customer == null ? null : customer.email(), customer == null ? null : customer.phone(), topic,
                    language, note, receiverId);
        }
    }

    record CustomerRequest(String name, String email, String phone) {
    }

    record DeclineRequest(String reason) {
    }

    record OfferResponse(long employeeId, Instant offeredAt, Instant expiresAt, OfferOutcome outcome,
            Instant answeredAt, String reason) {

        static OfferResponse of(HandoffOffer o) {
            return new OfferResponse(o.employeeId(), o.offeredAt(), o.expiresAt(), o.outcome(), o.answeredAt(),
                    o.reason());
        }
    }

    record HandoffResponse(long id, long caseId, String topic, String language, long senderId, String note,
            HandoffState state, Long offeredTo, Instant offerExpiresAt, Long receiverId, Instant createdAt,
            Instant decidedAt, List<OfferResponse> offers, int version) {

        static HandoffResponse of(Handoff h) {
            return new HandoffResponse(h.getId(), h.getCaseId(), h.getTopic(), h.getLanguage(), h.getSenderId(),
                    h.getNote(), h.getState(), h.getOfferedTo(), h.getOfferExpiresAt(), h.getReceiverId(),
                    h.getCreatedAt(), h.getDecidedAt(), h.getOffers().stream().map(OfferResponse::of).toList(),
                    h.getVersion());
        }
    }

}
