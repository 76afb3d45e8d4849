package dev.kantor.scheduling.shifts;

import java.net.URI;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;
import dev.kantor.scheduling.shifts.ShiftDtos.ShiftTypeRequest;
import dev.kantor.scheduling.shifts.ShiftDtos.ShiftTypeResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

/** Shift types through the REST API: everyone signed in reads them, managers and admins change them. */
@RestController
@RequestMapping("/api/scheduling/shift-types")
@Tag(name = "Scheduling")
class ShiftTypesRestController {

    private final StoredShiftTypes shiftTypes;

    ShiftTypesRestController(StoredShiftTypes shiftTypes) {
        this.shiftTypes = shiftTypes;
    }

    @GetMapping
    @Operation(summary = "The shift types", description = "By name.")
    @Sortable({"name", "id"})
    Paged<ShiftTypeResponse> all(PageQuery paging) {
        return paging.inMemory(
                shiftTypes.all().stream().map(ShiftTypeResponse::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One shift type")
    ShiftTypeResponse one(@PathVariable long id) {
        return ShiftTypeResponse.of(shiftTypes.get(id));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(
            summary = "Define a shift type (managers, admins)",
            description = "201 with the shift type and its "
                    + "Location; 400 naming every bad field (breaks[1].latestStartOffsetMinutes for a break's window), by the "
                    + "scheduling solver's own rules; 409 when another shift type has the name; 403 for other roles.")
    ResponseEntity<ShiftTypeResponse> create(@RequestBody ShiftTypeRequest request) {
        DefinedShiftType created = shiftTypes.create(request.details());
        return ResponseEntity.created(URI.create("/api/scheduling/shift-types/" + created.id()))
                .body(ShiftTypeResponse.of(created));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a shift type (managers, admins)",
            description = "Send the version read; 409 "
                    + "(concurrent-change) when someone changed it since, and nothing is changed.")
    ShiftTypeResponse change(@PathVariable long id, @RequestBody ShiftTypeRequest request) {
        new InputCheck().required("version", request.version()).throwIfAny();
        return ShiftTypeResponse.of(shiftTypes.change(id, request.details(), request.version()));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a shift type (managers, admins)",
            description = "Send the version read; 204 when "
                    + "deleted; 409 while a contract allows it, or (concurrent-change) when someone changed it since; 404 "
                    + "when there is no such shift type.")
    ResponseEntity<Void> remove(@PathVariable long id, @RequestParam(required = false) Integer version) {
        new InputCheck().required("version", version).throwIfAny();
        shiftTypes.remove(id, version);
        return ResponseEntity.noContent().build();
    }
}
