package dev.kantor.people.organisation;

import java.net.URI;
import java.util.Map;

import dev.kantor.people.Department;
import dev.kantor.people.DepartmentDetails;
import dev.kantor.people.People;
import dev.kantor.people.PeopleAdministration;
import dev.kantor.people.Position;
import dev.kantor.people.PositionDetails;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Departments and positions through the REST API: anyone signed in reads, HR and admins change. */
@RestController
@Tag(name = "Organisation", description = "Departments, positions (with their customer contact) and skills")
class OrganisationRestController {

    private final People people;
    private final PeopleAdministration administration;

    OrganisationRestController(People people, PeopleAdministration administration) {
        this.people = people;
        this.administration = administration;
    }

    @GetMapping("/api/departments")
    @Operation(summary = "All departments, inactive ones included")
    @Sortable({"code", "nameEn"})
    Paged<DepartmentResponse> departments(PageQuery paging) {
        Map<Long, Double> shares = frontOfficeShares();
        return paging.inMemory(people.departments().stream()
                .map(d -> DepartmentResponse.of(d, shares.get(d.getId())))
                .toList());
    }

    @GetMapping("/api/departments/{id}")
    @Operation(summary = "One department")
    DepartmentResponse department(@PathVariable long id) {
        return withShare(
                people.department(id).orElseThrow(() -> KantorException.notFound("error.department-not-found", id)));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/departments")
    @Operation(summary = "Add a department (HR, admin)")
    ResponseEntity<DepartmentResponse> createDepartment(@RequestBody DepartmentRequest request) {
        Department department = administration.createDepartment(details(request));
        return ResponseEntity.created(URI.create("/api/departments/" + department.getId()))
                .body(withShare(department));
    }

    @PutMapping("/api/departments/{id}")
    @Operation(summary = "Change a department (HR, admin); 409 when the version is stale")
    DepartmentResponse changeDepartment(@PathVariable long id, @RequestBody DepartmentRequest request) {
        return withShare(administration.changeDepartment(id, details(request), version(request.version())));
    }

    @PostMapping("/api/departments/{id}/deactivation")
    @Operation(summary = "Deactivate a department without active positions (HR, admin)")
    DepartmentResponse deactivateDepartment(@PathVariable long id) {
        return withShare(administration.deactivateDepartment(id));
    }

    @PostMapping("/api/departments/{id}/reactivation")
    @Operation(summary = "Reactivate a department (HR, admin)")
    DepartmentResponse reactivateDepartment(@PathVariable long id) {
        return withShare(administration.reactivateDepartment(id));
    }

    @GetMapping("/api/positions")
    @Operation(summary = "All positions, with the office their customer contact places them in")
    @Sortable({"code", "titleEn"})
    Paged<PositionResponse> positions(PageQuery paging) {
        return paging.inMemory(
                people.positions().stream().map(PositionResponse::of).toList());
    }

    @GetMapping("/api/positions/{id}")
    @Operation(summary = "One position")
    PositionResponse position(@PathVariable long id) {
        return PositionResponse.of(
                people.position(id).orElseThrow(() -> KantorException.notFound("error.position-not-found", id)));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/positions")
    @Operation(summary = "Add a position (HR, admin)")
    ResponseEntity<PositionResponse> createPosition(@RequestBody PositionRequest request) {
        Position position = administration.createPosition(details(request));
        return ResponseEntity.created(URI.create("/api/positions/" + position.getId()))
                .body(PositionResponse.of(position));
    }

    @PutMapping("/api/positions/{id}")
    @Operation(summary = "Change a position (HR, admin); 409 when the version is stale")
    PositionResponse changePosition(@PathVariable long id, @RequestBody PositionRequest request) {
        return PositionResponse.of(administration.changePosition(id, details(request), version(request.version())));
    }

    @PostMapping("/api/positions/{id}/deactivation")
    @Operation(summary = "Deactivate a position nobody active holds (HR, admin)")
    PositionResponse deactivatePosition(@PathVariable long id) {
        return PositionResponse.of(administration.deactivatePosition(id));
    }

    @PostMapping("/api/positions/{id}/reactivation")
    @Operation(summary = "Reactivate a position (HR, admin)")
    PositionResponse reactivatePosition(@PathVariable long id) {
        return PositionResponse.of(administration.reactivatePosition(id));
    }

    /** The department with the measured share of its people in front-office positions beside it. */
    private DepartmentResponse withShare(Department department) {
        return DepartmentResponse.of(department, frontOfficeShares().get(department.getId()));
    }

    /** Per department with active people, the share of them in front-office positions. */
    private Map<Long, Double> frontOfficeShares() {
        Map<Long, Long> front = people.frontOfficeByDepartment();
        Map<Long, Double> shares = new java.util.HashMap<>();
        people.headcountByDepartment().forEach((id, count) -> {
            if (count > 0) {
                shares.put(id, front.getOrDefault(id, 0L) / (double) count);
            }
        });
        return shares;
    }

    private static DepartmentDetails details(DepartmentRequest r) {
        return new DepartmentDetails(r.code(), r.nameEn(), r.nameId(), r.character());
    }

    private static PositionDetails details(PositionRequest r) {
        return new PositionDetails(
                r.code(),
                r.titleEn(),
                r.titleId(),
                r.departmentId(),
                r.customerContact(),
                Boolean.TRUE.equals(r.manages()));
    }

    private static int version(Integer version) {
        if (version == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        return version;
    }
}
