package dev.kantor.cases.resolution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import dev.kantor.cases.resolution.ResolutionResponses.ActionResponse;
import dev.kantor.cases.resolution.ResolutionResponses.ApprovalResponse;
import dev.kantor.cases.resolution.ResolutionResponses.ApproverRequest;
import dev.kantor.cases.resolution.ResolutionResponses.DecisionResponse;
import dev.kantor.cases.resolution.ResolutionResponses.Outcome;
import dev.kantor.cases.resolution.ResolutionResponses.RejectionRequest;
import dev.kantor.cases.resolution.ResolutionResponses.Scope;
import dev.kantor.cases.work.CaseQueries;
import dev.kantor.cases.work.CaseQueries.CaseDetail;
import dev.kantor.cases.work.CaseResponses;
import dev.kantor.cases.work.CaseResponses.PersonRef;
import dev.kantor.cases.work.CaseSummary;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resolution actions above someone's authority, decided through the REST API by the approver they
 * wait for or a manager above them; admins see every one and send one on to someone who may decide it.
 */
@RestController
@RequestMapping("/api/approvals")
@Tag(
        name = "Approvals",
        description = "Resolution actions waiting for a decision: approve, pass on up the line above one's own "
                + "limit, or reject with a reason. A manager decides what waits on the people below them too. An "
                + "approval whose approver is absent (off duty, away, on leave, no longer employed) or silent for "
                + "kantor.approvals.escalate-after of business time moves up the line on its own.")
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class ApprovalsRestController {

    private static final String APPROVED_EXAMPLE =
            """
            {"outcome": "APPROVED", "caseStatus": "RESOLVED", "caseVersion": 4,
             "action": {"id": 31, "caseId": 1042, "type": "REFUND", "amount": 1500000, "state": "APPROVED",
                        "proposedBy": {"id": 12, "name": "Agus Pratama"}, "proposedAt": "2026-03-02T02:15:00Z",
                        "approver": {"id": 7, "name": "Rina Wijaya"}, "decidedBy": {"id": 7, "name": "Rina Wijaya"},
                        "decidedAt": "2026-03-02T02:40:00Z", "note": "Refund for the dented door"}}""";

    private static final String PASSED_ON_EXAMPLE =
            """
            {"outcome": "PASSED_ON", "passedOnTo": {"id": 2, "name": "Dewi Lestari"},
             "caseStatus": "PENDING_APPROVAL", "caseVersion": 3,
             "action": {"id": 32, "caseId": 1043, "type": "REFUND", "amount": 9000000, "state": "PENDING",
                        "proposedBy": {"id": 12, "name": "Agus Pratama"}, "proposedAt": "2026-03-02T03:00:00Z",
                        "approver": {"id": 2, "name": "Dewi Lestari"}, "note": "A new fridge's price"}}""";

    private final Resolutions resolutions;
    private final VisibleApprovals visible;
    private final CaseQueries queries;

    ApprovalsRestController(Resolutions resolutions, VisibleApprovals visible, CaseQueries queries) {
        this.resolutions = resolutions;
        this.visible = visible;
        this.queries = queries;
    }

    @GetMapping
    @Operation(
            summary = "Requests waiting for a decision",
            description = "Oldest first, with their case and whom they wait on. scope=MINE (the default): waiting on "
                    + "the caller; TEAM: waiting on the people below the caller in the management line, which the "
                    + "caller may decide too; ALL: everything the approvals page lists for the caller (for admins, "
                    + "every waiting request, stalled ones first), as many as the complaints board counts.")
    Paged<ApprovalResponse> waiting(@RequestParam(defaultValue = "MINE") Scope scope, PageQuery paging) {
        LongFunction<String> names = names();
        Map<Long, CaseSummary> cases = new HashMap<>();
        List<ResolutionAction> listed =
                switch (scope) {
                    case MINE -> resolutions.waitingFor(CurrentUser.employeeId("case.no-employee"));
                    case TEAM -> resolutions.waitingBelow(CurrentUser.employeeId("case.no-employee"));
                    case ALL -> {
                        VisibleApprovals.InView view = visible.current();
                        List<ResolutionAction> all = new java.util.ArrayList<>(view.mine());
                        all.addAll(view.below());
                        all.addAll(view.others());
                        yield all;
                    }
                };
        // only the page's requests are read with their case
        return paging.inMemory(listed)
                .map(action -> ApprovalResponse.of(
                        action,
                        cases.computeIfAbsent(action.getCaseId(), id -> queries.detail(id)
                                .map(CaseDetail::summary)
                                .orElse(null)),
                        names));
    }

    @PostMapping("/{id}/approval")
    @Operation(
            summary = "Approve a request",
            description = "Within the approver's own limit the action is carried "
                    + "out and the case resolved (APPROVED); above it the request passes on up the line (PASSED_ON, with "
                    + "passedOnTo). Approving counts towards the approver's own day, claimed with the approval itself: "
                    + "approvals at the same moment never take the approver past their daily limit, the rest pass on. "
                    + "403 for one's own request or someone else's; 409 when it was already decided.")
    @ApiResponse(
            responseCode = "200",
            description = "Carried out, or passed on to the next approver up the line",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = DecisionResponse.class),
                            examples = {
                                @ExampleObject(
                                        name = "approved",
                                        summary = "Within the approver's limit: the refund is made, the case resolved",
                                        value = APPROVED_EXAMPLE),
                                @ExampleObject(
                                        name = "passedOn",
                                        summary = "Above the approver's limit: it waits for their manager",
                                        value = PASSED_ON_EXAMPLE)
                            }))
    DecisionResponse approve(@PathVariable long id) {
        ProposalOutcome outcome = resolutions.approve(id);
        if (outcome.carriedOut()) {
            return decision(Outcome.APPROVED, null, outcome.action());
        }
        return decision(
                Outcome.PASSED_ON, new PersonRef(outcome.approverId(), outcome.approverName()), outcome.action());
    }

    @PostMapping("/{id}/rejection")
    @Operation(
            summary = "Reject a request with a reason",
            description = "The case goes back to its owner "
                    + "(REJECTED). 400 without a reason; 403 for one's own request or someone else's; 409 when it was "
                    + "already decided.")
    DecisionResponse reject(@PathVariable long id, @RequestBody(required = false) RejectionRequest request) {
        ResolutionAction rejected = resolutions.reject(id, request == null ? null : request.reason());
        return decision(Outcome.REJECTED, null, rejected);
    }

    @PostMapping("/{id}/approver")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Send a waiting request to someone who may decide it (admins)",
            description = "For a request that stalled with nobody present above its approver, say. 400 naming "
                    + "employeeId for someone who is no active employee, who proposed it, or whose authority does not "
                    + "cover it; 403 for anyone but admins; 409 when it was already decided.")
    ApprovalResponse sendTo(@PathVariable long id, @RequestBody(required = false) ApproverRequest request) {
        ResolutionAction sent = resolutions.sendTo(id, request == null ? null : request.employeeId());
        return ApprovalResponse.of(
                sent, queries.detail(sent.getCaseId()).map(CaseDetail::summary).orElse(null), names());
    }

    private DecisionResponse decision(Outcome outcome, PersonRef passedOnTo, ResolutionAction action) {
        CaseSummary c = queries.detail(action.getCaseId()).orElseThrow().summary();
        return new DecisionResponse(outcome, passedOnTo, ActionResponse.of(action, names()), c.status(), c.version());
    }

    private LongFunction<String> names() {
        return CaseResponses.names(queries::employeeName);
    }
}
