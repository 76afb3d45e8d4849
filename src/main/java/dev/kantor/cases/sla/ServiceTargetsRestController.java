package dev.kantor.cases.sla;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.Priority;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The service targets through the REST API: everyone who serves customers reads them, managers change them. */
@RestController
@RequestMapping("/api/service-targets")
@Tag(name = "Cases")
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class ServiceTargetsRestController {

    record ServiceTargetRequest(Integer firstResponseMinutes, Integer resolutionMinutes, Integer version) {}

    record ServiceTargetResponse(
            CaseType type, Priority priority, long firstResponseMinutes, long resolutionMinutes, int version) {

        static ServiceTargetResponse of(CaseType type, Priority priority, SlaTargets.Target target) {
            return new ServiceTargetResponse(
                    type,
                    priority,
                    target.firstResponse().toMinutes(),
                    target.resolution().toMinutes(),
                    target.version());
        }
    }

    private final SlaTargets targets;

    ServiceTargetsRestController(SlaTargets targets) {
        this.targets = targets;
    }

    @GetMapping
    @Operation(
            summary = "Service targets",
            description = "First-response and resolution targets per case type and "
                    + "priority, in minutes of business time (opening hours, no public holidays), with their version.")
    @Sortable({"type", "priority"})
    Paged<ServiceTargetResponse> serviceTargets(PageQuery paging) {
        List<ServiceTargetResponse> all = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            for (Priority priority : Priority.values()) {
                all.add(ServiceTargetResponse.of(type, priority, targets.of(type, priority)));
            }
        }
        return paging.inMemory(all);
    }

    @PutMapping("/{type}/{priority}")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Operation(
            summary = "Change a service target (managers, admins)",
            description = "Minutes of business time, from "
                    + "1 to 43,200 (30 days); the first response no later than the resolution. Send the version you read: 409 "
                    + "when it changed since.")
    ServiceTargetResponse changeServiceTarget(
            @PathVariable CaseType type, @PathVariable Priority priority, @RequestBody ServiceTargetRequest request) {
        if (request.version() == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        return ServiceTargetResponse.of(
                type,
                priority,
                targets.change(
                        type,
                        priority,
                        request.firstResponseMinutes() == null
                                ? null
                                : Duration.ofMinutes(request.firstResponseMinutes()),
                        request.resolutionMinutes() == null ? null : Duration.ofMinutes(request.resolutionMinutes()),
                        request.version()));
    }
}
