package dev.kantor.cases.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import dev.kantor.cases.AuthorityCheck;
import dev.kantor.cases.CaseQueries.CaseDetail;
import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseSummary;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Customer;
import dev.kantor.cases.CustomerCase;
import dev.kantor.cases.EntryDetail;
import dev.kantor.cases.EntryKind;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.Priority;
import dev.kantor.cases.ResolutionAction;
import dev.kantor.cases.ResolutionState;
import dev.kantor.cases.ResolutionType;
import dev.kantor.cases.SlaState;
import dev.kantor.cases.TimelineEntry;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the cases and approvals API reads and writes. */
final class CasesApiDtos {

    /** Where customers follow their case without an account; the secret token completes it. */
    static final String PORTAL_PATH = "/portal/cases/";

    private CasesApiDtos() {
    }

    // ---- requests ----

    @Schema(description = "A customer contact to open a case for; the caller logs it and owns it")
    record NewCaseRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "WALK_IN") Channel channel,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "COMPLAINT") CaseType type,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A topic code such as returns, "
                    + "warranty, billing, delivery", example = "returns") String topic,
            @Schema(description = "Optional: HIGH for complaints, else NORMAL") Priority priority,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Fridge door dented on delivery")
            String subject,
            @Schema(description = "What the customer said", example = "The door was dented when it arrived.")
            String message,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) CustomerRequest customer) {

        NewCase toNewCase() {
            CustomerRequest who = customer == null ? new CustomerRequest(null, null, null, null) : customer;
            return new NewCase(who.name(), who.email(), who.phone(), who.language(), channel, type, topic, priority,
                    subject, message);
        }
    }

    @Schema(description = "The customer; an e-mail address already known finds the same customer again")
    record CustomerRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Wulan Sari") String name,
            @Schema(description = "An e-mail address or a phone number is required", example = "wulan@example.com")
            String email,
            @Schema(example = "+62 812-0000-0002") String phone,
            @Schema(description = "The customer's language for e-mails: id (default) or en", example = "id")
            String language) {
    }

    @Schema(description = "A reply to the customer, or an internal note")
    record MessageRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Could you send us a photo?") String text,
            @Schema(description = "true: an internal note the customer never sees (needs no version)")
            Boolean internal,
            @Schema(description = "A reply only: the case then waits on the customer and its clocks stand still")
            Boolean waitForCustomer,
            @Schema(description = "Required for replies: the case version that was read") Integer version) {
    }

    record OwnerRequest(
            @Schema(description = "The new owner; leave out to take the case yourself") Long employeeId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
    }

    record StatusRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"OPEN", "WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED"}) CaseStatus status,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
    }

    @Schema(description = "A resolution action to carry out, within the caller's delegated authority, or to send "
            + "for approval above it")
    record ResolutionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "REFUND") ResolutionType type,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "In rupiah, from 0",
                    example = "250000") Long amount,
            @Schema(example = "Refund the delivery fee") String note,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version,
            @Schema(description = "With no authority at all for this kind of action: send it for approval anyway "
                    + "instead of being refused with 403") Boolean requestApproval) {
    }

    record RejectionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Outside the warranty") String reason) {
    }

    // ---- answers ----

    record PersonRef(long id, String name) {

        static PersonRef of(Long id, LongFunction<String> names) {
            return id == null ? null : new PersonRef(id, names.apply(id));
        }
    }

    @Schema(description = "Where a case stands against one service target")
    record SlaTarget(SlaState state, @Schema(description = "When the target will be breached if the clock keeps "
            + "running; absent when met, paused or breached") Instant due) {
    }

    record Sla(SlaTarget firstResponse, SlaTarget resolution) {

        static Sla of(CaseSummary s) {
            return new Sla(new SlaTarget(s.firstResponse(), s.firstResponseDue()),
                    new SlaTarget(s.resolution(), s.resolutionDue()));
        }
    }

    record CaseSummaryResponse(long id, String reference, String subject, String customerName, Channel channel,
            CaseType type, String topic, Priority priority, CaseStatus status, PersonRef owner, Instant openedAt,
            Sla sla, Instant helpRequestedAt, int version) {

        static CaseSummaryResponse of(CaseSummary s) {
            return new CaseSummaryResponse(s.id(), s.reference(), s.subject(), s.customerName(), s.channel(),
                    s.type(), s.topic(), s.priority(), s.status(),
                    s.ownerId() == null ? null : new PersonRef(s.ownerId(), s.ownerName()), s.openedAt(), Sla.of(s),
                    s.helpRequestedAt(), s.version());
        }
    }

    record CustomerResponse(long id, String name, String email, String phone, String language) {

        static CustomerResponse of(Customer c) {
            return new CustomerResponse(c.id(), c.fullName(), c.email(), c.phone(), c.language());
        }
    }

    record RatingDto(int stars, String comment, Instant ratedAt) {
    }

    @Schema(description = "One timeline entry. What it is about is also given by its own field, by kind: channel "
            + "(OPENED), status (STATUS), employee (OWNER and the handoff entries), action (ACTION_*), stars (RATED).")
    record EntryResponse(long id, Instant at, EntryKind kind,
            @Schema(description = "true for notes and approval steps the customer never sees") boolean internal,
            @Schema(description = "The employee who wrote or did it") PersonRef author, boolean byCustomer,
            String body, @Schema(description = "The same as a code, such as the new status or \"REFUND 250000\"")
            String detail, Channel channel, CaseStatus status,
            @Schema(description = "Who the case went to, or who was offered or declined it") PersonRef employee,
            EntryAction action, Integer stars) {

        static EntryResponse of(TimelineEntry e, LongFunction<String> names) {
            boolean aboutSomeone = switch (e.kind()) {
                case OWNER, HANDOFF_OFFERED, HANDOFF_DECLINED, HANDOFF_EXPIRED -> true;
                default -> false;
            };
            boolean aboutAnAction = switch (e.kind()) {
                case ACTION_CARRIED_OUT, ACTION_PENDING, ACTION_PASSED_ON, ACTION_APPROVED, ACTION_REJECTED -> true;
                default -> false;
            };
            return new EntryResponse(e.id(), e.at(), e.kind(), !e.visibleToCustomer(),
                    PersonRef.of(e.authorId(), names), e.byCustomer(), e.body(), e.detail(),
                    e.kind() == EntryKind.OPENED ? e.channel().orElse(null) : null,
                    e.kind() == EntryKind.STATUS ? e.status().orElse(null) : null,
                    aboutSomeone ? PersonRef.of(e.employeeId().orElse(null), names) : null,
                    aboutAnAction ? e.action().map(a -> EntryAction.of(a, names)).orElse(null) : null,
                    e.kind() == EntryKind.RATED && e.stars().isPresent() ? e.stars().getAsInt() : null);
        }
    }

    @Schema(description = "A resolution action as the timeline records it; approver while one is being asked")
    record EntryAction(ResolutionType type, long amount, PersonRef approver) {

        static EntryAction of(EntryDetail.Action a, LongFunction<String> names) {
            return new EntryAction(a.type(), a.amount(), PersonRef.of(a.approverId(), names));
        }
    }

    record ActionResponse(long id, long caseId, ResolutionType type, long amount, ResolutionState state,
            PersonRef proposedBy, Instant proposedAt,
            @Schema(description = "Who the request waits for (or waited for)") PersonRef approver,
            PersonRef decidedBy, Instant decidedAt, String note, String reason) {

        static ActionResponse of(ResolutionAction a, LongFunction<String> names) {
            return new ActionResponse(a.getId(), a.getCaseId(), a.getType(), a.getAmount(), a.getState(),
                    PersonRef.of(a.getProposedBy(), names), a.getProposedAt(), PersonRef.of(a.getApproverId(), names),
                    PersonRef.of(a.getDecidedBy(), names), a.getDecidedAt(), a.getNote(), a.getReason());
        }
    }

    @Schema(description = "A case with its customer, service targets, whole timeline and resolution actions")
    record CaseResponse(long id, String reference, String subject, Channel channel, CaseType type, String topic,
            Priority priority, CaseStatus status, PersonRef owner, CustomerResponse customer, Instant openedAt,
            Instant firstResponseAt, Instant resolvedAt, Sla sla, Instant helpRequestedAt,
            @Schema(description = "The customer's private link to the portal (keep it to the customer)",
                    example = "/portal/cases/3q2-…") String privateLink,
            RatingDto rating, List<EntryResponse> timeline, List<ActionResponse> actions,
            @Schema(description = "Send it back with every change (optimistic locking)") int version) {

        static CaseResponse of(CaseDetail d, LongFunction<String> names) {
            CustomerCase c = d.customerCase();
            CaseSummary s = d.summary();
            return new CaseResponse(c.getId(), c.getReference(), c.getSubject(), c.getChannel(), c.getCaseType(),
                    c.getTopic(), c.getPriority(), c.getStatus(),
                    s.ownerId() == null ? null : new PersonRef(s.ownerId(), s.ownerName()),
                    CustomerResponse.of(d.customer()), c.getOpenedAt(), c.getFirstResponseAt(), c.getResolvedAt(),
                    Sla.of(s), c.getHelpRequestedAt(), PORTAL_PATH + c.getAccessToken(),
                    c.getRating() == null ? null
                            : new RatingDto(c.getRating(), c.getRatingComment(), c.getRatedAt()),
                    d.timeline().stream().map(e -> EntryResponse.of(e, names)).toList(),
                    d.actions().stream().map(a -> ActionResponse.of(a, names)).toList(), c.getVersion());
        }
    }

    /** What became of a proposal or a decision. */
    enum Outcome {
        /** Within the proposer's authority: done, the case is resolved. */
        CARRIED_OUT,
        /** Waiting for the approver named beside it. */
        PENDING_APPROVAL,
        /** The approver agreed: done, the case is resolved. */
        APPROVED,
        /** Above the approver's own limit: now waiting for the next approver up the line. */
        PASSED_ON,
        /** The approver refused: the case is back with its owner. */
        REJECTED
    }

    @Schema(description = "201 CARRIED_OUT, or 202 PENDING_APPROVAL with the approver it waits for")
    record ProposalResponse(Outcome outcome,
            @Schema(description = "How the caller's authority covered it") AuthorityCheck authority,
            @Schema(description = "Who decides, while it waits") PersonRef approver, ActionResponse action,
            CaseStatus caseStatus, int caseVersion) {
    }

    @Schema(description = "A resolution action waiting for the caller's decision")
    record ApprovalResponse(long id, long caseId, String caseReference, String caseSubject, ResolutionType type,
            long amount, PersonRef proposedBy, Instant proposedAt, String note) {

        static ApprovalResponse of(ResolutionAction a, CaseSummary c, LongFunction<String> names) {
            return new ApprovalResponse(a.getId(), a.getCaseId(), c == null ? null : c.reference(),
                    c == null ? null : c.subject(), a.getType(), a.getAmount(), PersonRef.of(a.getProposedBy(), names),
                    a.getProposedAt(), a.getNote());
        }
    }

    @Schema(description = "APPROVED, PASSED_ON (with the next approver in passedOnTo) or REJECTED")
    record DecisionResponse(Outcome outcome, PersonRef passedOnTo, ActionResponse action, CaseStatus caseStatus,
            int caseVersion) {
    }

    record RatingResponse(long caseId, String caseReference, int stars, String comment, Instant ratedAt) {
    }

    /** Employee names looked up once per answer. */
    static LongFunction<String> names(LongFunction<String> lookup) {
        Map<Long, String> known = new HashMap<>();
        return id -> known.computeIfAbsent(id, lookup::apply);
    }
}
