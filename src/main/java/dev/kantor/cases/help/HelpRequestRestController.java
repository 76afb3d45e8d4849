package dev.kantor.cases.help;

import java.time.Instant;
import java.util.function.LongFunction;

import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.work.CaseQueries;
import dev.kantor.cases.work.CaseResponses;
import dev.kantor.cases.work.CaseResponses.PersonRef;
import dev.kantor.platform.InputCheck;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Ask my manager to step in" through the REST API: ask, read, and close it as a manager above the owner. */
@RestController
@RequestMapping("/api/cases/{id}/help-request")
@Tag(name = "Cases")
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class HelpRequestRestController {

    @Schema(description = "Asking one's manager to step in on a case")
    record HelpAsk(
            @Schema(
                            description = "What the owner needs help with, at most 500 characters",
                            example = "The customer " + "wants a new unit, beyond my authority")
                    String reason,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The case version that was read")
                    Integer version) {}

    @Schema(description = "A request for a manager's help on a case")
    record HelpRequestResponse(
            long id,
            long caseId,
            String caseReference,
            PersonRef requestedBy,
            @Schema(description = "Whom the owner asked: their manager then; absent when nobody was above them")
                    PersonRef asked,
            String reason,
            Instant requestedAt,
            @Schema(description = "true until a manager steps in") boolean open,
            @Schema(description = "The manager who is stepping in") PersonRef resolvedBy,
            Instant resolvedAt,
            @Schema(description = "HELP_GIVEN when the manager said so, ACTED_ON when they worked the case")
                    String resolution,
            @Schema(description = "The case's version now, to change it under") int caseVersion) {}

    private final StepIns stepIns;
    private final Cases cases;
    private final CaseQueries queries;

    HelpRequestRestController(StepIns stepIns, Cases cases, CaseQueries queries) {
        this.stepIns = stepIns;
        this.cases = cases;
        this.queries = queries;
    }

    @GetMapping
    @Operation(
            summary = "The case's latest request for a manager's help",
            description = "Open or closed; 404 when nobody ever asked for help on the case.")
    HelpRequestResponse read(@PathVariable long id) {
        CustomerCase c = caseOf(id);
        return response(stepIns.latest(id).orElseThrow(() -> KantorException.notFound("help.none", c.getReference())));
    }

    @PostMapping
    @Operation(
            summary = "Ask my manager to step in",
            description = "The caller's manager is told at once and the managers' complaints board shows the case "
                    + "with the reason. 201; 400 naming reason (over 500 characters) or version; 409 when the case "
                    + "changed since the version sent or a request is still open.")
    @ApiResponse(responseCode = "201", description = "Asked")
    @ApiResponse(
            responseCode = "409",
            description = "concurrent-change, or conflict (a request is still open)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<HelpRequestResponse> ask(@PathVariable long id, @RequestBody(required = false) HelpAsk request) {
        if (request == null || request.version() == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        // the API calls the field reason (the form calls it why): the refusal names the caller's field
        new InputCheck()
                .maxLength("reason", request.reason(), StepIns.MAX_REASON)
                .throwIfAny();
        caseOf(id);
        HelpRequest asked = stepIns.ask(id, request.reason(), request.version());
        return ResponseEntity.status(HttpStatus.CREATED).body(response(asked));
    }

    @PostMapping("/resolution")
    @Operation(
            summary = "Help given: a manager above the owner steps in",
            description = "Closes the open request; the owner is told who is coming. Working the case (a reply, its "
                    + "status or owner, deciding its approval) closes it too. 403 for anyone who is not the manager "
                    + "asked or above the owner; 409 when no request is open.")
    HelpRequestResponse resolve(@PathVariable long id) {
        caseOf(id);
        return response(stepIns.give(id));
    }

    private CustomerCase caseOf(long id) {
        return cases.findById(id).orElseThrow(() -> KantorException.notFound("error.case-not-found", id));
    }

    private HelpRequestResponse response(HelpRequest r) {
        LongFunction<String> names = CaseResponses.names(queries::employeeName);
        CustomerCase c = caseOf(r.getCaseId());
        return new HelpRequestResponse(
                r.getId(),
                r.getCaseId(),
                c.getReference(),
                PersonRef.of(r.getRequestedBy(), names),
                PersonRef.of(r.getManagerId(), names),
                r.getReason(),
                r.getRequestedAt(),
                r.open(),
                PersonRef.of(r.getResolvedBy(), names),
                r.getResolvedAt(),
                r.getResolution(),
                c.getVersion());
    }
}
