package dev.kantor.scheduling.schedules;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;
import dev.kantor.scheduling.RequirementSource;
import dev.kantor.scheduling.SchedulePublished;
import dev.kantor.scheduling.ScheduleSummary;
import dev.kantor.scheduling.check.ScheduleChecker;
import dev.kantor.scheduling.jobs.SolvingJob;
import dev.kantor.scheduling.jobs.SolvingJobs;
import dev.kantor.scheduling.problem.DayCoverage;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Saved schedules through the REST API, as on the schedule pages: managers and admins only. */
@RestController
@RequestMapping("/api/scheduling/schedules")
@Tag(name = "Scheduling")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class SchedulesRestController {

    private final SavedSchedules schedules;
    private final ScheduleGeneration generation;
    private final ScheduleEditing editing;
    private final SchedulePublishing publishing;
    private final SolvingJobs jobs;
    private final People people;

    SchedulesRestController(
            SavedSchedules schedules,
            ScheduleGeneration generation,
            ScheduleEditing editing,
            SchedulePublishing publishing,
            SolvingJobs jobs,
            People people) {
        this.schedules = schedules;
        this.generation = generation;
        this.editing = editing;
        this.publishing = publishing;
        this.jobs = jobs;
        this.people = people;
    }

    @Schema(description = "Generate a queue's schedule for a week with its roster as it is now")
    record GenerateRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED) Long queueId,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "The week's Monday", example = "2026-03-02")
                    LocalDate monday,
            @Schema(description = "STAFFING_SCHEDULED (the default), STAFFING_ON_FLOOR or TYPED")
                    RequirementSource source,
            @Schema(
                            description = "For TYPED: CSV lines date,from,to,agents (e.g. 2026-03-02,08:00,12:00,3), "
                                    + "an optional header first")
                    String requirement,
            @Schema(description = "5 to 600; 30 when left out") Integer timeLimitSeconds) {}

    record VersionRequest(@Schema(requiredMode = RequiredMode.REQUIRED) Integer version, Integer timeLimitSeconds) {}

    /** Times of day as the problem format writes them, {@code HH:mm}. */
    @Schema(name = "ScheduledBreak")
    record BreakDto(
            int position,
            String name,
            @JsonFormat(pattern = "HH:mm") LocalTime start,
            @JsonFormat(pattern = "HH:mm") LocalTime end) {}

    record ShiftDto(
            long id,
            long employeeId,
            String employee,
            LocalDate date,
            String shiftType,
            @JsonFormat(pattern = "HH:mm") LocalTime start,
            @JsonFormat(pattern = "HH:mm") LocalTime end,
            boolean pinned,
            List<BreakDto> breaks) {}

    record Progress(String status, Long paidMinutes, Long lowerBoundPaidMinutes, Integer shortfallCount) {}

    @Schema(name = "Schedule", description = "A queue's schedule for a week. Fields without a value are left out.")
    record ScheduleResponse(
            ScheduleSummary summary,
            RequirementSource source,
            java.time.Instant publishedAt,
            @Schema(description = "Paid minutes above the proven lower bound, in percent; absent when short")
                    Double percentAboveBound,
            @Schema(description = "Why the last solve ended without an answer") String failure,
            @Schema(description = "While the solver works on it: its best so far") Progress solving,
            List<ShiftDto> shifts,
            List<DayCoverage> coverage) {}

    record EditAnswer(ScheduleSummary summary, EditEffect effect) {}

    @GetMapping
    @Operation(summary = "Every queue's schedules in short, the latest weeks first (managers, admins)")
    @Sortable({"monday", "queueId"})
    Paged<ScheduleSummary> all(PageQuery paging) {
        return paging.inMemory(schedules.list());
    }

    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping
    @Operation(
            summary = "Generate a queue's schedule for a week (managers, admins)",
            description = "202 with the schedule, solving in the background, and its Location; follow it with GET. "
                    + "Generating a week again replaces its shifts (what was published stays in force until published "
                    + "again). 400 naming every fault (monday, source when there is no forecast yet, requirement with "
                    + "its line, queueId for an empty roster, or the problem's own fields); 404 for no such queue; 409 "
                    + "while the week is being solved.")
    ResponseEntity<ScheduleResponse> generate(@RequestBody GenerateRequest request) {
        new InputCheck().required("queueId", request.queueId()).throwIfAny();
        SavedSchedule schedule = generation.generate(
                request.queueId(),
                request.monday(),
                request.source() == null ? RequirementSource.STAFFING_SCHEDULED : request.source(),
                request.requirement(),
                request.timeLimitSeconds());
        return ResponseEntity.accepted()
                .location(URI.create("/api/scheduling/schedules/" + schedule.id()))
                .body(response(schedule));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A schedule with its shifts and coverage, and the solver's progress while it works")
    ScheduleResponse one(@PathVariable long id) {
        return response(schedules.get(id));
    }

    @PostMapping("/{id}/edits")
    @Operation(
            summary = "Edit a schedule by hand",
            description = "Checked at once on the whole week: 200 with what the edit did to the coverage; 422 naming "
                    + "the rule it breaks (rule, employeeId, date, and the reason in the caller's language), nothing "
                    + "changed; 409 when the schedule changed since the version sent or is being solved.")
    EditAnswer edit(@PathVariable long id, @RequestBody EditRequest request) {
        HandEdit edit = request.edit();
        ScheduleEditing.Edited edited = editing.edit(id, request.version(), edit);
        return new EditAnswer(edited.schedule().summary(), edited.effect());
    }

    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/{id}/reoptimise")
    @Operation(
            summary = "Optimise a schedule again, keeping its pinned shifts",
            description = "202 while solving; 409 when it changed since the version sent or is being solved.")
    ResponseEntity<ScheduleResponse> reoptimise(@PathVariable long id, @RequestBody VersionRequest request) {
        new InputCheck().required("version", request.version()).throwIfAny();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(response(generation.reoptimise(id, request.version(), request.timeLimitSeconds())));
    }

    @PostMapping("/{id}/stop")
    @Operation(summary = "Stop the solver; the best schedule it found is taken in within seconds")
    ScheduleResponse stop(@PathVariable long id) {
        return response(generation.stop(id));
    }

    @PostMapping("/{id}/publish")
    @Operation(
            summary = "Publish a schedule (managers, admins)",
            description = "Its shifts become what is in force for presence, My schedule and the calendar feeds; "
                    + "answers the publication's number and the people whose shifts changed since the one before. "
                    + "409 when it changed since the version sent or is being solved; 403 for other roles.")
    SchedulePublished publish(@PathVariable long id, @RequestBody VersionRequest request) {
        new InputCheck().required("version", request.version()).throwIfAny();
        return publishing.publish(id, request.version());
    }

    @GetMapping(value = "/{id}/export.csv", produces = "text/csv")
    @Operation(summary = "A schedule as CSV, one line per shift")
    ResponseEntity<String> export(@PathVariable long id) {
        SavedSchedule schedule = schedules.get(id);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"schedule-" + schedule.queueId() + "-" + schedule.monday() + ".csv\"")
                .body(ScheduleCsv.write(schedule, names(schedule)));
    }

    private ScheduleResponse response(SavedSchedule schedule) {
        Map<Long, String> names = names(schedule);
        Progress progress = null;
        if (schedule.solving()) {
            SolvingJob job = jobs.findAny(schedule.jobId()).orElse(null);
            progress = job == null
                    ? null
                    : new Progress(
                            job.status().name(), job.paidMinutes(), job.lowerBoundPaidMinutes(), job.shortfallCount());
        }
        List<ShiftDto> shifts = schedule.shifts().stream()
                .map(p -> {
                    List<BreakDto> breaks = new java.util.ArrayList<>();
                    for (int b = 0; b < p.shift().breaks().size(); b++) {
                        var taken = p.shift().breaks().get(b);
                        breaks.add(new BreakDto(b, taken.id(), taken.start(), taken.end()));
                    }
                    return new ShiftDto(
                            p.id(),
                            p.employeeId(),
                            names.get(p.employeeId()),
                            p.shift().date(),
                            p.shift().shiftType(),
                            p.shift().start(),
                            p.shift().end(),
                            p.pinned(),
                            breaks);
                })
                .toList();
        List<DayCoverage> coverage =
                ScheduleChecker.checkShifts(schedule.problem().withPinnedShifts(List.of()), schedule.coreShifts())
                        .coverage()
                        .stream()
                        .filter(d -> ScheduleView.openDays(schedule).stream()
                                .anyMatch(o -> o.date().equals(d.date())))
                        .toList();
        return new ScheduleResponse(
                schedule.summary(),
                schedule.source(),
                schedule.publishedAt(),
                schedule.percentAboveBound(),
                schedule.jobFailure(),
                progress,
                shifts,
                coverage);
    }

    private Map<Long, String> names(SavedSchedule schedule) {
        Map<Long, String> names = new HashMap<>();
        people.employees(schedule.problem().agents().stream()
                        .map(a -> Long.parseLong(a.id()))
                        .toList())
                .forEach(e -> names.put(e.getId(), e.getFullName()));
        return names;
    }
}
