package dev.kantor.cases.resolution;

import java.util.List;

import dev.kantor.cases.Delegation;
import dev.kantor.cases.ResolutionType;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Delegated authority through the REST API, within the same rules as the authority page. */
@RestController
@RequestMapping("/api/delegations")
@Tag(
        name = "Delegated authority",
        description = "How far people may go on their own with each kind of "
                + "resolution action. Admins set the limits of positions and of any active employee but themselves; a "
                + "manager delegates to one active employee in their reporting line (direct or indirect reports) at a "
                + "time, never more than their own limit for that action, per action and per day. Nobody delegates to "
                + "themselves or to their own position; withdrawing follows the same rules.")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class DelegationsRestController {

    private static final String REFUSALS = "Not the caller's to make (problem+json; 'field' names the deciding "
            + "field): authority-refused-positions (scope: only admins set position limits), "
            + "authority-refused-self and authority-refused-own-position (scopeId), authority-refused-outside-line "
            + "(scopeId: not in the caller's reporting line), authority-refused-no-own-authority (type: the caller "
            + "has no authority for this kind of action)";

    @Schema(description = "A limit to create or change for a position or one employee and a kind of action")
    record DelegationRequest(
            @Schema(
                            requiredMode = Schema.RequiredMode.REQUIRED,
                            example = "EMPLOYEE",
                            description = "POSITION (admins only) or EMPLOYEE")
                    Delegation.Scope scope,
            @Schema(
                            requiredMode = Schema.RequiredMode.REQUIRED,
                            description = "The active position's or " + "employee's id",
                            example = "13")
                    Long scopeId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "GOODWILL_GIFT") ResolutionType type,
            @Schema(
                            requiredMode = Schema.RequiredMode.REQUIRED,
                            description = "Rupiah, from 0; a manager's at " + "most their own",
                            example = "250000")
                    Long maxPerAction,
            @Schema(
                            requiredMode = Schema.RequiredMode.REQUIRED,
                            description = "Rupiah, at least maxPerAction; a " + "manager's at most their own",
                            example = "1000000")
                    Long maxPerDay) {}

    record DelegationResponse(
            long id,
            Delegation.Scope scope,
            long scopeId,
            @Schema(description = "The position's title or the employee's name") String name,
            ResolutionType type,
            long maxPerAction,
            long maxPerDay,
            int version) {}

    record OwnLimit(ResolutionType type, long maxPerAction, long maxPerDay) {}

    @Schema(description = "What the caller may delegate")
    record AllowanceResponse(
            @Schema(description = "Whether the caller sets the limits of positions (admins)") boolean positions,
            @Schema(description = "Whether the caller's own limits cap what they delegate") boolean capped,
            @Schema(
                            description =
                                    "When capped: the caller's own limit per kind of action; a kind not listed is "
                                            + "not theirs to delegate")
                    List<OwnLimit> ownLimits) {}

    private final DelegatedAuthority delegation;
    private final People people;

    DelegationsRestController(DelegatedAuthority delegation, People people) {
        this.delegation = delegation;
        this.people = people;
    }

    @GetMapping
    @Operation(
            summary = "Every delegation",
            description =
                    "Per position and per employee; an employee's own " + "delegation overrides their position's.")
    @Sortable({"name", "type"})
    Paged<DelegationResponse> all(PageQuery paging) {
        return paging.inMemory(delegation.all().stream().map(this::response).toList());
    }

    @GetMapping("/allowance")
    @Operation(
            summary = "What the caller may delegate",
            description = "Whether they set position limits, and the " + "own limits that cap what they delegate.")
    AllowanceResponse allowance() {
        DelegatedAuthority.Allowance allowance = delegation.allowance();
        return new AllowanceResponse(
                allowance.positions(),
                allowance.capped(),
                allowance.ownLimits().values().stream()
                        .map(l -> new OwnLimit(l.type(), l.maxPerAction(), l.maxPerDay()))
                        .toList());
    }

    @PostMapping
    @Operation(
            summary = "Create or change a delegation",
            description = "One per scope, scopeId and type: sending " + "it again changes its limits. Audited.")
    @ApiResponse(responseCode = "200", description = "Saved")
    @ApiResponse(
            responseCode = "400",
            description = "Bad input (problem+json with 'errors' per field): a missing "
                    + "or negative value, maxPerDay below maxPerAction, an amount above Rp 1.000.000.000.000, no active "
                    + "employee or position with that scopeId, or (managers) an amount above the caller's own limit",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "403",
            description = REFUSALS,
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    DelegationResponse delegate(@RequestBody(required = false) DelegationRequest request) {
        DelegationRequest r = request == null ? new DelegationRequest(null, null, null, null, null) : request;
        return response(delegation.delegate(r.scope(), r.scopeId(), r.type(), r.maxPerAction(), r.maxPerDay()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Withdraw a delegation", description = "Within the same reach as delegating. Audited.")
    @ApiResponse(responseCode = "204", description = "Withdrawn")
    @ApiResponse(
            responseCode = "403",
            description = REFUSALS,
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No such delegation",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> withdraw(@PathVariable long id) {
        delegation.withdraw(id);
        return ResponseEntity.noContent().build();
    }

    private DelegationResponse response(Delegation d) {
        String name = d.scope() == Delegation.Scope.EMPLOYEE
                ? people.employee(d.scopeId()).map(Employee::getFullName).orElse(null)
                : people.position(d.scopeId())
                        .map(p -> p.title(LocaleContextHolder.getLocale()))
                        .orElse(null);
        return new DelegationResponse(
                d.id(), d.scope(), d.scopeId(), name, d.type(), d.maxPerAction(), d.maxPerDay(), d.version());
    }
}
