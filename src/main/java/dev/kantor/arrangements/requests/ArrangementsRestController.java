package dev.kantor.arrangements.requests;

import java.time.LocalTime;

import dev.kantor.arrangements.NewArrangement;
import dev.kantor.arrangements.coverage.CoverageCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;
import dev.kantor.policies.ArrangementAllowance;
import dev.kantor.policies.ArrangementKind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work arrangements through the REST API: filed and withdrawn by the employee, approved or declined by their
 * manager (or an admin) after the coverage check. The employee sees their own, a manager their reports', HR and
 * admins everyone's; anyone else gets 404. Every change names the version read: 409 when it changed since.
 */
@RestController
@Tag(
        name = "Work arrangements",
        description = "Flextime and telework asked for as the policy in force allows, decided by the manager; an "
                + "approval that leaves a front-office queue short needs an override with a reason")
class ArrangementsRestController {

    @Schema(name = "ArrangementVersion", description = "The version of the arrangement the change was made on")
    record Version(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {}

    @Schema(
            name = "ArrangementDecision",
            description = "A manager's decision on an arrangement: the version read, a reason (required to decline), "
                    + "and an overrideReason to approve although a front-office queue would fall short")
    record Decision(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version,
            @Schema(nullable = true) String reason,
            @Schema(nullable = true) String overrideReason) {}

    /** What the policy in force allows, with what it does not set as null (the policies module answers Optionals). */
    @Schema(
            name = "ArrangementAllowance",
            description = "What the policy in force allows the caller today, for one kind of arrangement")
    record Allowance(
            ArrangementKind kind,
            boolean allowed,
            @Schema(nullable = true, description = "The deciding policy version; null when none applies")
                    Long policyVersionId,
            @Schema(nullable = true, description = "The deciding policy's title in the caller's language")
                    String policyTitle,
            @Schema(description = "Telework: the most days a week (0 when not allowed)") int teleworkDaysPerWeek,
            @Schema(
                            nullable = true,
                            example = "10:00",
                            description = "Flextime: when the core hours begin, null when the policy sets none")
                    LocalTime coreFrom,
            @Schema(
                            nullable = true,
                            example = "15:00",
                            description = "Flextime: when the core hours end, null when the policy sets none")
                    LocalTime coreUntil) {

        static Allowance of(ArrangementAllowance a) {
            return new Allowance(
                    a.kind(),
                    a.allowed(),
                    a.policyVersionId().orElse(null),
                    a.policyTitle().orElse(null),
                    a.teleworkDaysPerWeek(),
                    a.coreFrom().orElse(null),
                    a.coreUntil().orElse(null));
        }
    }

    private final Arrangements arrangements;

    ArrangementsRestController(Arrangements arrangements) {
        this.arrangements = arrangements;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/arrangements")
    @Operation(
            summary = "Ask for flextime or telework",
            description = "FLEXTIME: earliestStart and latestEnd (around the policy's core hours), validFrom, "
                    + "validUntil optional. TELEWORK: weekdays from validFrom (validUntil optional), or dates; never "
                    + "more days a week than the policy allows. 400 naming kind when the policy does not allow it.")
    ResponseEntity<Arrangements.View> file(@RequestBody NewArrangement request) {
        if (request == null) {
            throw InvalidInput.of("kind", "validation.required");
        }
        Arrangement filed = arrangements.file(request);
        return ResponseEntity.status(HttpStatus.CREATED).body(arrangements.view(filed.id()));
    }

    @GetMapping("/api/arrangements")
    @Operation(
            summary = "Arrangements, newest first",
            description = "whose: MINE (default), REPORTS (the caller's direct reports), ALL (HR and admins; 403 for "
                    + "others); pending=true for those waiting only.")
    @Sortable({"employeeName"})
    Paged<Arrangements.View> list(
            @RequestParam(defaultValue = "MINE") Arrangements.Whose whose,
            @RequestParam(defaultValue = "false") boolean pending,
            PageQuery paging) {
        return paging.inMemory(arrangements.list(whose, pending));
    }

    @GetMapping("/api/arrangements/allowance")
    @Operation(summary = "What the policy in force allows the caller today, by kind")
    Allowance allowance(@RequestParam ArrangementKind kind) {
        return Allowance.of(arrangements.allowance(kind));
    }

    @GetMapping("/api/arrangements/{id}")
    @Operation(summary = "One arrangement, with what the caller may do with it")
    Arrangements.View get(@PathVariable long id) {
        return arrangements.view(id);
    }

    @GetMapping("/api/arrangements/{id}/coverage")
    @Operation(
            summary = "What approving would do to the published schedule",
            description = "The time taken off each published shift and the intervals of a front-office queue that "
                    + "would fall short of the requirement; verdict ALLOWED or REFUSED (approval then needs an "
                    + "overrideReason).")
    CoverageCheck.Outcome coverage(@PathVariable long id) {
        return arrangements.coverage(id);
    }

    @Schema(
            name = "ArrangementChange",
            description = "The employee's changed request: the version read and the arrangement as it should now be "
                    + "(its kind stays)")
    record Change(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) NewArrangement arrangement) {}

    @PutMapping("/api/arrangements/{id}")
    @Operation(
            summary = "Change one's own request while it waits on the manager",
            description = "Its days, band, period or note, by the same rules as asking; the kind stays. 409 when it "
                    + "changed since the version read; 400 arrangements-change-not-pending once it is decided.")
    Arrangements.View change(@PathVariable long id, @RequestBody Change body) {
        if (body == null || body.arrangement() == null) {
            throw InvalidInput.of("arrangement", "validation.required");
        }
        arrangements.change(id, version(body.version()), body.arrangement());
        return arrangements.view(id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/arrangements/{id}/requests")
    @Operation(
            summary = "Ask to change one's own approved arrangement",
            description = "Files a new request (replacesId names the approved one), decided like any other; once "
                    + "approved it replaces the approved one, which is then REPLACED. Until then the approved one "
                    + "stays in force. 409 when a change of it is already waiting.")
    ResponseEntity<Arrangements.View> askAgain(@PathVariable long id, @RequestBody NewArrangement request) {
        Arrangement filed = arrangements.askAgain(id, request);
        return ResponseEntity.status(HttpStatus.CREATED).body(arrangements.view(filed.id()));
    }

    @PostMapping("/api/arrangements/{id}/withdraw")
    @Operation(summary = "Withdraw one's own arrangement, waiting or approved")
    Arrangements.View withdraw(@PathVariable long id, @RequestBody Version body) {
        arrangements.withdraw(id, version(body == null ? null : body.version()));
        return arrangements.view(id);
    }

    @PostMapping("/api/arrangements/{id}/approve")
    @Operation(
            summary = "Approve (the employee's manager, or an admin)",
            description = "422 arrangements-coverage-short with shortIntervals when a front-office queue would fall "
                    + "short and no overrideReason is given; the override is recorded and audited.")
    Arrangements.View approve(@PathVariable long id, @RequestBody Decision body) {
        Decision d = body == null ? new Decision(null, null, null) : body;
        arrangements.approve(id, version(d.version()), d.reason(), d.overrideReason());
        return arrangements.view(id);
    }

    @PostMapping("/api/arrangements/{id}/decline")
    @Operation(summary = "Decline with a reason (the employee's manager, or an admin)")
    Arrangements.View decline(@PathVariable long id, @RequestBody Decision body) {
        Decision d = body == null ? new Decision(null, null, null) : body;
        arrangements.decline(id, version(d.version()), d.reason());
        return arrangements.view(id);
    }

    private static int version(Integer version) {
        if (version == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        return version;
    }
}
