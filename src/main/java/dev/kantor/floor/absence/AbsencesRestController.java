package dev.kantor.floor.absence;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import dev.kantor.floor.AbsenceReason;
import dev.kantor.floor.MarkAbsence;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Absences through the REST API, as on the floor's absence page: front-office managers and admins only. */
@RestController
@RequestMapping("/api/floor/absences")
@Tag(name = "Live floor")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class AbsencesRestController {

    private final Absences absences;

    AbsencesRestController(Absences absences) {
        this.absences = absences;
    }

    record AbsenceRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED) Long employeeId,
            @Schema(description = "When they are off the floor; now when missing") Instant from,
            @Schema(description = "When they are back (excluded); the end of the business day when missing")
                    Instant until,
            @Schema(requiredMode = RequiredMode.REQUIRED) AbsenceReason reason,
            @Schema(description = "Up to 500 characters") String note) {}

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(
            summary = "Mark someone absent",
            description = "For the rest of the day, or from/until. 201 with the absence; someone absent now is shown "
                    + "off duty (or away until it ends). 400 naming employeeId, reason, note, from or until.")
    ResponseEntity<Absence> mark(@RequestBody AbsenceRequest request) {
        Absence absence = absences.mark(new MarkAbsence(
                request.employeeId(), request.from(), request.until(), request.reason(), request.note()));
        return ResponseEntity.created(URI.create("/api/floor/absences/" + absence.id()))
                .body(absence);
    }

    @GetMapping
    @Operation(summary = "The absences standing on a business day", description = "Today when no date is given.")
    @Sortable({"from", "id"})
    Paged<Absence> on(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            PageQuery paging) {
        return paging.inMemory(absences.on(date == null ? absences.today() : date));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An absence")
    Absence absence(@PathVariable long id) {
        return absences.get(id);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    @Operation(
            summary = "Undo an absence",
            description = "Send the version read; 204, or 409 when it changed since or was undone already.")
    ResponseEntity<Void> undo(@PathVariable long id, @RequestParam(required = false) Integer version) {
        new InputCheck().required("version", version).throwIfAny();
        absences.undo(id, version);
        return ResponseEntity.noContent().build();
    }
}
