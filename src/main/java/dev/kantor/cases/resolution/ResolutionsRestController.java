package dev.kantor.cases.resolution;

import java.util.function.LongFunction;

import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.resolution.ResolutionResponses.ActionResponse;
import dev.kantor.cases.resolution.ResolutionResponses.Outcome;
import dev.kantor.cases.resolution.ResolutionResponses.ProposalResponse;
import dev.kantor.cases.resolution.ResolutionResponses.ResolutionRequest;
import dev.kantor.cases.work.CaseQueries;
import dev.kantor.cases.work.CaseResponses;
import dev.kantor.cases.work.CaseResponses.PersonRef;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Resolving a case through the REST API: within delegated authority at once, above it by approval. */
@RestController
@Tag(name = "Cases")
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class ResolutionsRestController {

    private final Resolutions resolutions;
    private final CaseQueries queries;

    ResolutionsRestController(Resolutions resolutions, CaseQueries queries) {
        this.resolutions = resolutions;
        this.queries = queries;
    }

    @PostMapping("/api/cases/{id}/resolutions")
    @Operation(
            summary = "Propose a resolution action (refund, credit, replacement, waiver, gift)",
            description = "Within the caller's delegated authority it is carried out at once and resolves the case "
                    + "(201). Above it, the case waits for the nearest manager whose own limit covers it (202, "
                    + "naming the approver). With no authority at all for this kind of action the answer is 403 "
                    + "naming who can approve, unless requestApproval is true. The day's total is claimed with the "
                    + "action itself, so parallel proposals never carry out more than the daily limit between them: "
                    + "those past it wait for approval (202, ABOVE_PER_DAY). A resolved case is reopened first.")
    @ApiResponse(responseCode = "201", description = "Carried out at once: the case is resolved")
    @ApiResponse(responseCode = "202", description = "Waiting for the approver named in the answer")
    @ApiResponse(
            responseCode = "403",
            description = "No authority for this kind of action; 'approver' says who " + "can approve it",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "409",
            description = "The case changed since the version sent (another "
                    + "proposal at the same moment, say): nothing was carried out",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "422",
            description = "The case takes no action now: case-reopen-first (resolved: "
                    + "reopen it first), case-closed, case-pending-approval",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ProposalResponse> propose(@PathVariable long id, @RequestBody ResolutionRequest request) {
        if (request.version() == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        ProposalOutcome outcome = resolutions.propose(
                id,
                request.type(),
                request.amount(),
                request.note(),
                request.version(),
                Boolean.TRUE.equals(request.requestApproval()));
        CustomerCase c = queries.detail(id)
                .orElseThrow(() -> KantorException.notFound("error.case-not-found", id))
                .customerCase();
        LongFunction<String> names = CaseResponses.names(queries::employeeName);
        ActionResponse action = ActionResponse.of(outcome.action(), names);
        if (outcome.carriedOut()) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new ProposalResponse(
                            Outcome.CARRIED_OUT, outcome.check(), null, action, c.getStatus(), c.getVersion()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new ProposalResponse(
                        Outcome.PENDING_APPROVAL,
                        outcome.check(),
                        new PersonRef(outcome.approverId(), outcome.approverName()),
                        action,
                        c.getStatus(),
                        c.getVersion()));
    }
}
