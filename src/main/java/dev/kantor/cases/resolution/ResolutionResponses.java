package dev.kantor.cases.resolution;

import java.time.Instant;
import java.util.function.LongFunction;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.ResolutionType;
import dev.kantor.cases.work.CaseResponses.PersonRef;
import dev.kantor.cases.work.CaseSummary;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the API reads and writes about resolution actions and their approvals. */
public final class ResolutionResponses {

    private ResolutionResponses() {}

    // ---- requests ----

    @Schema(
            description = "A resolution action to carry out, within the caller's delegated authority, or to send "
                    + "for approval above it")
    record ResolutionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "REFUND") ResolutionType type,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "In rupiah, from 0", example = "250000")
                    Long amount,
            @Schema(example = "Refund the delivery fee") String note,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version,
            @Schema(
                            description =
                                    "With no authority at all for this kind of action: send it for approval anyway "
                                            + "instead of being refused with 403")
                    Boolean requestApproval) {}

    @Schema(description = "Whom a waiting request goes to: someone whose authority covers it")
    record ApproverRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long employeeId) {}

    record RejectionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Outside the warranty") String reason) {}

    // ---- answers ----

    /** A resolution action as answers show it. */
    public record ActionResponse(
            long id,
            long caseId,
            ResolutionType type,
            long amount,
            ResolutionState state,
            PersonRef proposedBy,
            Instant proposedAt,
            @Schema(description = "Who the request waits for (or waited for)") PersonRef approver,
            PersonRef decidedBy,
            Instant decidedAt,
            String note,
            String reason) {

        public static ActionResponse of(ResolutionAction a, LongFunction<String> names) {
            return new ActionResponse(
                    a.getId(),
                    a.getCaseId(),
                    a.getType(),
                    a.getAmount(),
                    a.getState(),
                    PersonRef.of(a.getProposedBy(), names),
                    a.getProposedAt(),
                    PersonRef.of(a.getApproverId(), names),
                    PersonRef.of(a.getDecidedBy(), names),
                    a.getDecidedAt(),
                    a.getNote(),
                    a.getReason());
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
    record ProposalResponse(
            Outcome outcome,
            @Schema(description = "How the caller's authority covered it") AuthorityCheck authority,
            @Schema(description = "Who decides, while it waits") PersonRef approver,
            ActionResponse action,
            CaseStatus caseStatus,
            int caseVersion) {}

    @Schema(description = "A resolution action waiting for a decision")
    record ApprovalResponse(
            long id,
            long caseId,
            String caseReference,
            String caseSubject,
            ResolutionType type,
            long amount,
            PersonRef proposedBy,
            Instant proposedAt,
            String note,
            @Schema(description = "Whom it waits on now") PersonRef approver,
            @Schema(description = "Since when it waits on them") Instant askedAt,
            @Schema(
                            description = "Since when it should have moved up the line but nobody present above may "
                                    + "decide it; absent when it did not stall")
                    Instant stalledAt) {

        static ApprovalResponse of(ResolutionAction a, CaseSummary c, LongFunction<String> names) {
            return new ApprovalResponse(
                    a.getId(),
                    a.getCaseId(),
                    c == null ? null : c.reference(),
                    c == null ? null : c.subject(),
                    a.getType(),
                    a.getAmount(),
                    PersonRef.of(a.getProposedBy(), names),
                    a.getProposedAt(),
                    a.getNote(),
                    PersonRef.of(a.getApproverId(), names),
                    a.getAskedAt(),
                    a.getStalledAt());
        }
    }

    /** Which waiting requests a list holds. */
    enum Scope {
        /** Waiting on the caller. */
        MINE,
        /** Waiting on the people below the caller in the management line, which the caller may decide too. */
        TEAM,
        /** Everything the caller sees: theirs, their team's, and for admins every other one. */
        ALL
    }

    @Schema(description = "APPROVED, PASSED_ON (with the next approver in passedOnTo) or REJECTED")
    record DecisionResponse(
            Outcome outcome, PersonRef passedOnTo, ActionResponse action, CaseStatus caseStatus, int caseVersion) {}
}
