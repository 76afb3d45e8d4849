package dev.kantor.people.employees;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.people.Employee;
import dev.kantor.people.EmployeeDetails;
import dev.kantor.people.People;
import dev.kantor.people.PeopleAdministration;
import dev.kantor.people.Skill;
import dev.kantor.people.directory.EmployeeResponse;
import dev.kantor.people.employees.EmployeeRequest.SkillLevelDto;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Employees through the REST API: anyone signed in reads, HR and admins change. */
@RestController
@RequestMapping("/api/people")
@Tag(name = "People", description = "Employees, their positions, skills, languages and office")
class EmployeesRestController {

    private final People people;
    private final PeopleAdministration administration;

    EmployeesRestController(People people, PeopleAdministration administration) {
        this.people = people;
        this.administration = administration;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One employee")
    EmployeeResponse get(@PathVariable long id) {
        return EmployeeResponse.of(
                        people.entry(id).orElseThrow(() -> KantorException.notFound("error.employee-not-found", id)))
                .withWeeklyContractHours(people.employee(id)
                        .map(Employee::getWeeklyContractHours)
                        .orElse(null));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(
            summary = "Add an employee (HR, admin)",
            description = "201 with the employee; 400 with the broken "
                    + "fields; 409 when the e-mail address or number is already taken.")
    ResponseEntity<EmployeeResponse> create(@RequestBody EmployeeRequest request) {
        Employee employee = administration.hire(details(request));
        return ResponseEntity.created(URI.create("/api/people/" + employee.getId()))
                .body(get(employee.getId()));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change an employee (HR, admin)",
            description = "The request carries the version it was "
                    + "based on; 409 when someone changed the employee since.")
    EmployeeResponse update(@PathVariable long id, @RequestBody EmployeeRequest request) {
        if (request.version() == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        administration.changeEmployee(id, details(request), request.version());
        return get(id);
    }

    @PostMapping("/{id}/deactivation")
    @Operation(summary = "Deactivate an employee who left (HR, admin)")
    EmployeeResponse deactivate(@PathVariable long id) {
        administration.deactivateEmployee(id);
        return get(id);
    }

    @PostMapping("/{id}/reactivation")
    @Operation(summary = "Reactivate an employee (HR, admin)")
    EmployeeResponse reactivate(@PathVariable long id) {
        administration.reactivateEmployee(id);
        return get(id);
    }

    private EmployeeDetails details(EmployeeRequest request) {
        Map<String, Skill> skills = people.skillsByCode();
        Map<Long, Integer> levels = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        List<SkillLevelDto> entries = request.skills() == null ? List.of() : request.skills();
        for (int i = 0; i < entries.size(); i++) {
            // each problem names the entry and the part of it at fault, as the request does
            SkillLevelDto skill = entries.get(i);
            String entry = "skills[" + i + "]";
            Skill found = skill.code() == null ? null : skills.get(skill.code());
            if (skill.code() == null || skill.code().isBlank()) {
                problems.add(new FieldProblem(entry + ".code", "validation.required"));
            } else if (found == null) {
                problems.add(new FieldProblem(entry + ".code", "import.unknown-skill", skill.code()));
            } else if (skill.level() == null) {
                problems.add(new FieldProblem(entry + ".level", "validation.skill-level", 1, 5));
            } else {
                levels.put(found.id(), skill.level());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new EmployeeDetails(
                request.employeeNumber(),
                request.fullName(),
                request.email(),
                request.phone(),
                request.positionId(),
                request.managerId(),
                request.hiredOn(),
                levels,
                request.languages(),
                request.weeklyContractHours());
    }
}
