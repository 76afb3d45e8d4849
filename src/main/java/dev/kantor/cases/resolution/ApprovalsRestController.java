package dev.kantor.cases.resolution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import dev.kantor.cases.resolution.ResolutionResponses.ActionResponse;
import dev.kantor.cases.resolution.ResolutionResponses.ApprovalResponse;
import dev.kantor.cases.resolution.ResolutionResponses.DecisionResponse;
import dev.kantor.cases.resolution.ResolutionResponses.Outcome;
import dev.kantor.cases.resolution.ResolutionResponses.RejectionRequest;
import dev.kantor.cases.work.CaseQueries;
import dev.kantor.cases.work.CaseQueries.CaseDetail;
import dev.kantor.cases.work.CaseResponses;
import dev.kantor.cases.work.CaseResponses.PersonRef;
import dev.kantor.cases.work.CaseSummary;
import dev.kantor.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Resolution actions above someone's authority, decided through the REST API by the approver they wait for. */
@RestController
@RequestMapping("/api/approvals")
@Tag(
        name = "Approvals",
        description = "Resolution actions waiting for the caller's decision: approve, pass on up "
                + "the line above one's own limit, or reject with a reason")
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class ApprovalsRestController {

    private final Resolutions resolutions;
    private final CaseQueries queries;

    ApprovalsRestController(Resolutions resolutions, CaseQueries queries) {
        this.resolutions = resolutions;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Requests waiting for the caller", description = "Oldest first, with their case.")
    List<ApprovalResponse> waiting() {
        LongFunction<String> names = names();
        Map<Long, CaseSummary> cases = new HashMap<>();
        return resolutions.waitingFor(CurrentUser.employeeId("case.no-employee")).stream()
                .map(action -> ApprovalResponse.of(
                        action,
                        cases.computeIfAbsent(action.getCaseId(), id -> queries.detail(id)
                                .map(CaseDetail::summary)
                                .orElse(null)),
                        names))
                .toList();
    }

    @PostMapping("/{id}/approval")
    @Operation(
            summary = "Approve a request",
            description = "Within the approver's own limit the action is carried "
                    + "out and the case resolved (APPROVED); above it the request passes on up the line (PASSED_ON, with "
                    + "passedOnTo). Approving counts towards the approver's own day, claimed with the approval itself: "
                    + "approvals at the same moment never take the approver past their daily limit, the rest pass on. "
                    + "403 for one's own request or someone else's; 409 when it was already decided.")
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

    private DecisionResponse decision(Outcome outcome, PersonRef passedOnTo, ResolutionAction action) {
        CaseSummary c = queries.detail(action.getCaseId()).orElseThrow().summary();
        return new DecisionResponse(outcome, passedOnTo, ActionResponse.of(action, names()), c.status(), c.version());
    }

    private LongFunction<String> names() {
        return CaseResponses.names(queries::employeeName);
    }
}
