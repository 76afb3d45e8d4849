package dev.kantor.floor.absence;

import java.time.LocalDate;

import dev.kantor.platform.InputCheck;
import dev.kantor.scheduling.DayRepairPreview;
import dev.kantor.scheduling.SchedulePublished;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Repairing a queue's day through the REST API: see the repair, then publish it. Managers and admins only. */
@RestController
@RequestMapping("/api/floor/repairs")
@Tag(name = "Live floor")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class RepairsRestController {

    private final FloorRepairs repairs;
    private final Absences absences;

    RepairsRestController(FloorRepairs repairs, Absences absences) {
        this.repairs = repairs;
        this.absences = absences;
    }

    record PublishRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED) Long queueId,
            @Schema(description = "The business day; today when missing") LocalDate date,
            @Schema(
                            requiredMode = RequiredMode.REQUIRED,
                            description = "The schedule's version the repair was shown on")
                    Integer version,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "The fingerprint of the repair shown")
                    String fingerprint) {}

    @GetMapping
    @Operation(
            summary = "What repairing a queue's day would change",
            description = "Around the absences standing that day (today when no date is given): every shift kept, "
                    + "the absent people's time cut, breaks not started yet moved where that restores coverage; "
                    + "each moved break and each remaining interval's agents on duty before and after. 404 when "
                    + "the week has no schedule, 409 when it has changes not yet published.")
    DayRepairPreview preview(
            @RequestParam long queueId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return repairs.preview(queueId, date == null ? absences.today() : date);
    }

    @PostMapping
    @Operation(
            summary = "Publish a queue's day repaired",
            description = "A new published version of the week's schedule; the people affected are told. 409 when "
                    + "the schedule changed since the version shown, the repair worked out again differs from the "
                    + "fingerprint shown, or it changes nothing.")
    SchedulePublished publish(@RequestBody PublishRequest request) {
        new InputCheck()
                .required("queueId", request.queueId())
                .required("version", request.version())
                .required("fingerprint", request.fingerprint())
                .throwIfAny();
        return repairs.publish(
                request.queueId(),
                request.date() == null ? absences.today() : request.date(),
                request.version(),
                request.fingerprint());
    }
}
