package dev.kantor.scheduling.rosters;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.platform.InputCheck;
import dev.kantor.scheduling.RosterAssignment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Rosters through the REST API, as on the roster pages: managers and admins only. */
@RestController
@RequestMapping("/api/scheduling/rosters")
@Tag(name = "Scheduling")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class RostersRestController {

    private final StoredRosters rosters;

    RostersRestController(StoredRosters rosters) {
        this.rosters = rosters;
    }

    record Roster(
            long queueId, List<QueueSkill> skills, List<RosterMember> members, List<StoredRosters.Proposal> proposed) {}

    record MemberRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED) Long employeeId,
            @Schema(requiredMode = RequiredMode.REQUIRED) Long contractId,
            List<LocalDate> unavailableDates,
            @Schema(description = "The version read (required to change someone on the roster)") Integer version) {}

    @GetMapping("/{queueId}")
    @Operation(
            summary = "A queue's roster",
            description = "The skills it asks for, the people on it with their contract and unavailable dates, and "
                    + "the active front-office people proposed for it (holding every skill it asks for).")
    Roster roster(@PathVariable long queueId) {
        rosters.queue(queueId);
        return new Roster(queueId, rosters.skills(queueId), rosters.members(queueId), rosters.proposals(queueId));
    }

    @PutMapping("/{queueId}/skills")
    @Operation(summary = "Set the skills a queue asks for", description = "A map of skill id to least level (1 to 5).")
    List<QueueSkill> skills(@PathVariable long queueId, @RequestBody Map<Long, Integer> levels) {
        return rosters.requireSkills(queueId, levels == null ? Map.of() : new LinkedHashMap<>(levels));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{queueId}/members")
    @Operation(
            summary = "Put someone on a queue's roster",
            description = "201; someone already on it gets the contract and dates sent. 400 naming employeeId, "
                    + "contractId or unavailableDates.")
    ResponseEntity<RosterMember> add(@PathVariable long queueId, @RequestBody MemberRequest request) {
        new InputCheck()
                .required("employeeId", request.employeeId())
                .required("contractId", request.contractId())
                .throwIfAny();
        RosterMember member = rosters.assign(
                new RosterAssignment(queueId, request.employeeId(), request.contractId(), request.unavailableDates()));
        return ResponseEntity.created(URI.create("/api/scheduling/rosters/members/" + member.id()))
                .body(member);
    }

    @GetMapping("/members/{memberId}")
    @Operation(summary = "Someone on a roster")
    RosterMember member(@PathVariable long memberId) {
        return rosters.get(memberId);
    }

    @PutMapping("/members/{memberId}")
    @Operation(
            summary = "Change someone's contract and unavailable dates",
            description = "Send the version read; 409 when someone changed it since.")
    RosterMember change(@PathVariable long memberId, @RequestBody MemberRequest request) {
        new InputCheck()
                .required("contractId", request.contractId())
                .required("version", request.version())
                .throwIfAny();
        return rosters.change(
                memberId,
                request.contractId(),
                request.unavailableDates() == null ? List.of() : request.unavailableDates(),
                request.version());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/members/{memberId}")
    @Operation(summary = "Take someone off a roster", description = "Send the version read; 204, or 409.")
    ResponseEntity<Void> remove(@PathVariable long memberId, @RequestParam(required = false) Integer version) {
        new InputCheck().required("version", version).throwIfAny();
        rosters.remove(memberId, version);
        return ResponseEntity.noContent().build();
    }
}
