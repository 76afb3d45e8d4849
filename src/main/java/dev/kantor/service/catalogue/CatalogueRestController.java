package dev.kantor.service.catalogue;

import java.util.List;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;
import dev.kantor.service.FieldDefinition;
import dev.kantor.service.ServiceDefinition;

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

/** The back office's service catalogue through the REST API: read by anyone signed in, written by its managers. */
@RestController
@Tag(
        name = "Service catalogue",
        description = "Each back-office department's internal services, in English and Indonesian, with the form a "
                + "request needs, the internal target in business minutes and whether a manager approves first")
class CatalogueRestController {

    /** A service as written; {@code version} is the one read, for a change. */
    record ServiceRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long departmentId,
            String code,
            String nameEn,
            String nameId,
            String descriptionEn,
            String descriptionId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer targetMinutes,
            @Schema(nullable = true) String handledBy,
            @Schema(nullable = true, description = "false when absent") Boolean needsApproval,
            @Schema(nullable = true) String triggeredBy,
            List<FieldDefinition> fields,
            @Schema(nullable = true, description = "The version read, for a change; absent or null when publishing")
                    Integer version) {

        ServiceDefinition definition() {
            if (departmentId == null) {
                throw InvalidInput.of("departmentId", "validation.required");
            }
            if (targetMinutes == null) {
                throw InvalidInput.of("targetMinutes", "validation.required");
            }
            return new ServiceDefinition(
                    departmentId,
                    code,
                    nameEn,
                    nameId,
                    descriptionEn,
                    descriptionId,
                    targetMinutes,
                    handledBy,
                    Boolean.TRUE.equals(needsApproval),
                    triggeredBy,
                    fields);
        }
    }

    private final Catalogue catalogue;

    CatalogueRestController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/service/catalogue")
    @Operation(
            summary = "Find a service",
            description = "Active services whose name or description holds q (either language), of one department "
                    + "(departmentId) or all.")
    @Sortable({"nameEn", "code"})
    Paged<Offering> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long departmentId,
            PageQuery paging) {
        return paging.inMemory(catalogue.search(q, departmentId));
    }

    @GetMapping("/api/service/catalogue/{id}")
    @Operation(summary = "One service with its form")
    Offering get(@PathVariable long id) {
        return catalogue.get(id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/service/catalogue")
    @Operation(
            summary = "Publish a service",
            description = "For managers of the department (and admins); 403 for others. Field kinds: TEXT, NUMBER, "
                    + "DATE, CHOICE (with choices), RUPIAH, ATTACHMENT.")
    ResponseEntity<Offering> publish(@RequestBody ServiceRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(catalogue.publish(request.definition()));
    }

    @PutMapping("/api/service/catalogue/{id}")
    @Operation(
            summary = "Change a service",
            description = "version is the one read: 409 when someone changed it since. Requests already filed keep "
                    + "the target they were filed with.")
    Offering change(@PathVariable long id, @RequestBody ServiceRequest request) {
        if (request.version() == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        return catalogue.change(id, request.definition(), request.version());
    }

    /** Whether a service is offered: {@code withdrawn} true takes it out of the catalogue, false offers it again. */
    record Offered(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean withdrawn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {}

    @org.springframework.web.bind.annotation.DeleteMapping("/api/service/catalogue/{id}")
    @Operation(
            summary = "Withdraw a service",
            description = "For managers of the department (and admins); 403 for others. version is the one read: "
                    + "409 when someone changed the service since. A withdrawn service stays readable (active false) "
                    + "but can no longer be filed (400 on filing); requests filed before go on as they were.")
    Offering withdraw(@PathVariable long id, @RequestParam(required = false) Integer version) {
        if (version == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        return catalogue.setActive(id, false, version);
    }

    @PutMapping("/api/service/catalogue/{id}/state")
    @Operation(
            summary = "Withdraw a service, or offer it again",
            description = "withdrawn true or false, on the version read (409 when someone changed it since).")
    Offering state(@PathVariable long id, @RequestBody Offered body) {
        new dev.kantor.platform.InputCheck()
                .required("withdrawn", body.withdrawn())
                .required("version", body.version())
                .throwIfAny();
        return catalogue.setActive(id, !body.withdrawn(), body.version());
    }
}
