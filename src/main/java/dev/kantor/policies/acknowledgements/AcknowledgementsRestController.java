package dev.kantor.policies.acknowledgements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.applying.PoliciesInForce;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The policies that apply to the signed-in employee and their acknowledgements; HR's completion report and
 * reminder schedule.
 */
@RestController
@RequestMapping("/api/policies")
@Tag(name = "Policies")
class AcknowledgementsRestController {

    private final Acknowledgements acknowledgements;
    private final PoliciesInForce inForce;
    private final ReminderSettings settings;

    AcknowledgementsRestController(
            Acknowledgements acknowledgements, PoliciesInForce inForce, ReminderSettings settings) {
        this.acknowledgements = acknowledgements;
        this.inForce = inForce;
        this.settings = settings;
    }

    @Schema(name = "ApplyingPolicy", description = "What applies to me in one category, in my language")
    record ApplyingDto(
            PolicyCategory category,
            Long versionId,
            Long policyId,
            String title,
            String body,
            LocalDate effectiveFrom,
            @Schema(description = "When I acknowledged it; absent if I have not (or was not asked)")
                    Instant acknowledgedAt,
            @Schema(description = "Versions in conflict here, which HR must settle") List<Long> conflicting) {}

    @Schema(
            name = "PolicyAcknowledged",
            description = "A version acknowledged; acknowledgedNow is false if it was before")
    record AcknowledgedDto(long versionId, boolean acknowledgedNow) {}

    @Schema(name = "AcknowledgementReminders", description = "HR's reminder schedule, in days")
    record ScheduleDto(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer dueAfterDays,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer firstAfterDays,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer everyDays,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {}

    @GetMapping("/mine")
    @Operation(summary = "The policies that apply to me today, by the one rule")
    @Transactional(readOnly = true)
    @Sortable({"category", "title"})
    Paged<ApplyingDto> mine(PageQuery paging) {
        long me = CurrentUser.employeeId("policies.no-employee");
        var locale = LocaleContextHolder.getLocale();
        Map<Long, Instant> done = acknowledgements.acknowledgedBy(me);
        return paging.inMemory(inForce.of(me, inForce.today()).stream()
                .map(a -> a.version()
                        .map(v -> new ApplyingDto(
                                a.category(),
                                v.id(),
                                v.policyId(),
                                v.title(locale),
                                v.body(locale),
                                v.effectiveFrom(),
                                done.get(v.id()),
                                List.of()))
                        .orElseGet(() -> new ApplyingDto(
                                a.category(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                a.conflicting().stream().map(v -> v.id()).toList())))
                .toList());
    }

    @GetMapping("/mine/to-acknowledge")
    @Operation(summary = "The versions I am asked to acknowledge, the oldest first")
    @Sortable({"title"})
    Paged<Acknowledgements.ToAcknowledge> toAcknowledge(PageQuery paging) {
        return paging.inMemory(
                acknowledgements.open(CurrentUser.employeeId("policies.no-employee"), LocaleContextHolder.getLocale()));
    }

    @PostMapping("/versions/{versionId}/acknowledgement")
    @Operation(summary = "I acknowledge a version I was asked about; again changes nothing")
    AcknowledgedDto acknowledge(@PathVariable long versionId) {
        boolean now = acknowledgements.acknowledge(CurrentUser.employeeId("policies.no-employee"), versionId);
        return new AcknowledgedDto(versionId, now);
    }

    @GetMapping("/acknowledgements/report")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Operation(summary = "Completion per department and position, and who is overdue (HR, admins)")
    Acknowledgements.Report report(@RequestParam(required = false) Long versionId) {
        return acknowledgements.report(versionId, LocaleContextHolder.getLocale());
    }

    @GetMapping("/reminders")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Operation(summary = "HR's schedule: due after, first reminder after, then every so many days")
    ScheduleDto schedule() {
        var s = settings.now();
        return new ScheduleDto(s.dueAfterDays(), s.firstAfterDays(), s.everyDays(), s.version());
    }

    @PutMapping("/reminders")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Operation(summary = "Change the reminder schedule (HR, admins); 409 when stale")
    @Transactional
    ScheduleDto changeSchedule(@RequestBody ScheduleDto request) {
        ReminderSettings.Schedule.check(request.dueAfterDays(), request.firstAfterDays(), request.everyDays());
        new InputCheck().required("version", request.version()).throwIfAny();
        settings.change(request.dueAfterDays(), request.firstAfterDays(), request.everyDays(), request.version());
        return schedule();
    }
}
