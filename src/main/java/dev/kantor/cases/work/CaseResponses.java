package dev.kantor.cases.work;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.ResolutionType;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.customers.Customer;
import dev.kantor.cases.resolution.ResolutionResponses.ActionResponse;
import dev.kantor.cases.sla.SlaState;
import dev.kantor.cases.timeline.EntryDetail;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.cases.timeline.TimelineEntry;
import dev.kantor.cases.work.CaseQueries.CaseDetail;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the cases API reads and writes about a case; resolution actions have their own answers. */
public final class CaseResponses {

    /** Where customers follow their case without an account; the secret token completes it. */
    static final String PORTAL_PATH = "/portal/cases/";

    private CaseResponses() {}

    // ---- requests ----

    @Schema(
            description = "A reply to the customer, or an internal note. Messages only append: they need no "
                    + "version and never conflict with anything that happened meanwhile. A status sent with a "
                    + "reply is a change of a field, and needs the version it was chosen on.")
    record MessageRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Could you send us a photo?") String text,
            @Schema(description = "true: an internal note the customer never sees") Boolean internal,
            @Schema(
                            description =
                                    "A reply only: the case then waits on the customer and its clocks stand still "
                                            + "(the same as status WAITING_ON_CUSTOMER)")
                    Boolean waitForCustomer,
            @Schema(
                            description = "A reply only: the status the case should have after it (OPEN, "
                                    + "WAITING_ON_CUSTOMER, RESOLVED or CLOSED); needs version, and is refused with 409 "
                                    + "naming the change when someone else changed the status since",
                            allowableValues = {"OPEN", "WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED"})
                    CaseStatus status,
            @Schema(
                            description = "A reply only: the employee told the customer this by phone; it is "
                                    + "recorded as an internal note of the call and e-mailed to nobody")
                    Boolean byPhone,
            @Schema(
                            description = "A reply only: an e-mail address for a customer who has none; it is added "
                                    + "to the customer and the reply is mailed there",
                            example = "dewi.customer@example.com")
                    String email,
            @Schema(description = "The case version that was read; needed only with status or waitForCustomer")
                    Integer version) {}

    record PriorityRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Priority priority,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {}

    record OwnerRequest(
            @Schema(description = "The new owner; leave out to take the case yourself") Long employeeId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {}

    record StatusRequest(
            @Schema(
                            requiredMode = Schema.RequiredMode.REQUIRED,
                            allowableValues = {"OPEN", "WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED"})
                    CaseStatus status,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {}

    // ---- answers ----

    /** An employee as answers name them. */
    public record PersonRef(long id, String name) {

        public static PersonRef of(Long id, LongFunction<String> names) {
            return id == null ? null : new PersonRef(id, names.apply(id));
        }
    }

    @Schema(description = "Where a case stands against one service target")
    record SlaTarget(
            SlaState state,
            @Schema(
                            description = "When the target will be breached if the clock keeps "
                                    + "running; absent when met, paused or breached")
                    Instant due) {}

    record Sla(SlaTarget firstResponse, SlaTarget resolution) {

        static Sla of(CaseSummary s) {
            return new Sla(
                    new SlaTarget(s.firstResponse(), s.firstResponseDue()),
                    new SlaTarget(s.resolution(), s.resolutionDue()));
        }
    }

    record CaseSummaryResponse(
            long id,
            String reference,
            String subject,
            String customerName,
            Channel channel,
            CaseType type,
            String topic,
            Priority priority,
            CaseStatus status,
            PersonRef owner,
            Instant openedAt,
            Sla sla,
            Instant helpRequestedAt,
            int version) {

        static CaseSummaryResponse of(CaseSummary s) {
            return new CaseSummaryResponse(
                    s.id(),
                    s.reference(),
                    s.subject(),
                    s.customerName(),
                    s.channel(),
                    s.type(),
                    s.topic(),
                    s.priority(),
                    s.status(),
                    s.ownerId() == null ? null : new PersonRef(s.ownerId(), s.ownerName()),
                    s.openedAt(),
                    Sla.of(s),
                    s.helpRequestedAt(),
                    s.version());
        }
    }

    @Schema(name = "CaseCustomer")
    record CustomerResponse(long id, String name, String email, String phone, String language) {

        static CustomerResponse of(Customer c) {
            return new CustomerResponse(c.id(), c.fullName(), c.email(), c.phone(), c.language());
        }
    }

    record RatingDto(int stars, String comment, Instant ratedAt) {}

    @Schema(
            description =
                    "One timeline entry. What it is about is also given by its own field, by kind: channel "
                            + "(OPENED), status (STATUS), employee (OWNER, the handoff entries, and HELP_GIVEN: who asked), action (ACTION_*), stars (RATED).")
    record EntryResponse(
            long id,
            Instant at,
            EntryKind kind,
            @Schema(description = "true for notes and approval steps the customer never sees") boolean internal,
            @Schema(description = "The employee who wrote or did it") PersonRef author,
            boolean byCustomer,
            String body,
            @Schema(description = "The same as a code, such as the new status or \"REFUND 250000\"") String detail,
            @Schema(
                            description =
                                    "OPENED: the channel the case came through. REPLY: EMAIL when it was "
                                            + "mailed to the customer, WEB when the customer has no e-mail address and reads it "
                                            + "only behind their private link (absent for replies from before this was recorded)")
                    Channel channel,
            CaseStatus status,
            @Schema(description = "Who the case went to, or who was offered or declined it") PersonRef employee,
            EntryAction action,
            Integer stars,
            @Schema(description = "PRIORITY: the priority the case was given") Priority priority) {

        static EntryResponse of(TimelineEntry e, LongFunction<String> names) {
            boolean aboutSomeone =
                    switch (e.kind()) {
                        case OWNER, HANDOFF_OFFERED, HANDOFF_DECLINED, HANDOFF_EXPIRED, HELP_GIVEN -> true;
                        default -> false;
                    };
            boolean aboutAnAction =
                    switch (e.kind()) {
                        case ACTION_CARRIED_OUT,
                                ACTION_PENDING,
                                ACTION_PASSED_ON,
                                ACTION_APPROVED,
                                ACTION_REJECTED,
                                ACTION_ESCALATED -> true;
                        default -> false;
                    };
            return new EntryResponse(
                    e.id(),
                    e.at(),
                    e.kind(),
                    !e.visibleToCustomer(),
                    PersonRef.of(e.authorId(), names),
                    e.byCustomer(),
                    e.body(),
                    e.detail(),
                    e.kind() == EntryKind.OPENED || e.kind() == EntryKind.REPLY
                            ? e.channel().orElse(null)
                            : null,
                    e.kind() == EntryKind.STATUS ? e.status().orElse(null) : null,
                    aboutSomeone ? PersonRef.of(e.employeeId().orElse(null), names) : null,
                    aboutAnAction
                            ? e.action()
                                    .map(a -> EntryAction.of(a, e.move().orElse(null), names))
                                    .orElse(null)
                            : null,
                    e.kind() == EntryKind.RATED && e.stars().isPresent()
                            ? e.stars().getAsInt()
                            : null,
                    e.kind() == EntryKind.PRIORITY ? e.priority().orElse(null) : null);
        }
    }

    @Schema(description = "A resolution action as the timeline records it; approver while one is being asked")
    record EntryAction(
            ResolutionType type,
            long amount,
            PersonRef approver,
            @Schema(description = "ACTION_ESCALATED: whom it waited on before it moved to the approver")
                    PersonRef movedFrom,
            @Schema(
                            description = "ACTION_ESCALATED: why it moved: OFF_DUTY, AWAY, ON_LEAVE, INACTIVE, SILENT, "
                                    + "TAKEN_OVER (a manager above decided in their place), SENT_BY_ADMIN")
                    String reason) {

        static EntryAction of(EntryDetail.Action a, EntryDetail.Move move, LongFunction<String> names) {
            return new EntryAction(
                    a.type(),
                    a.amount(),
                    PersonRef.of(a.approverId(), names),
                    move == null ? null : PersonRef.of(move.fromId(), names),
                    move == null ? null : move.reason());
        }
    }

    @Schema(description = "A case with its customer, service targets, whole timeline and resolution actions")
    public record CaseResponse(
            long id,
            String reference,
            String subject,
            Channel channel,
            CaseType type,
            String topic,
            Priority priority,
            CaseStatus status,
            PersonRef owner,
            CustomerResponse customer,
            Instant openedAt,
            Instant firstResponseAt,
            Instant resolvedAt,
            Sla sla,
            Instant helpRequestedAt,
            @Schema(
                            description = "The customer's private link to the portal (keep it to the customer)",
                            example = "/portal/cases/3q2-…")
                    String privateLink,
            RatingDto rating,
            List<EntryResponse> timeline,
            List<ActionResponse> actions,
            @Schema(description = "Send it back with every change (optimistic locking)") int version) {

        public static CaseResponse of(CaseDetail d, LongFunction<String> names) {
            CustomerCase c = d.customerCase();
            CaseSummary s = d.summary();
            return new CaseResponse(
                    c.getId(),
                    c.getReference(),
                    c.getSubject(),
                    c.getChannel(),
                    c.getCaseType(),
                    c.getTopic(),
                    c.getPriority(),
                    c.getStatus(),
                    s.ownerId() == null ? null : new PersonRef(s.ownerId(), s.ownerName()),
                    CustomerResponse.of(d.customer()),
                    c.getOpenedAt(),
                    c.getFirstResponseAt(),
                    c.getResolvedAt(),
                    Sla.of(s),
                    c.getHelpRequestedAt(),
                    PORTAL_PATH + c.getAccessToken(),
                    c.getRating() == null ? null : new RatingDto(c.getRating(), c.getRatingComment(), c.getRatedAt()),
                    d.timeline().stream().map(e -> EntryResponse.of(e, names)).toList(),
                    d.actions().stream().map(a -> ActionResponse.of(a, names)).toList(),
                    c.getVersion());
        }
    }

    record RatingResponse(long caseId, String caseReference, int stars, String comment, Instant ratedAt) {}

    /** Employee names looked up once per answer. */
    public static LongFunction<String> names(LongFunction<String> lookup) {
        Map<Long, String> known = new HashMap<>();
        return id -> known.computeIfAbsent(id, lookup::apply);
    }
}
