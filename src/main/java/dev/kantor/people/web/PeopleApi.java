package dev.kantor.people.web;

import java.io.StringReader;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.people.DirectoryQuery;
import dev.kantor.people.Employee;
import dev.kantor.people.EmployeeDetails;
import dev.kantor.people.EmployeeImport;
import dev.kantor.people.ImportResult;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.people.PeopleAdministration;
import dev.kantor.people.Skill;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.ProblemTypes;
import dev.kantor.people.web.ApiDtos.EmployeeRequest;
import dev.kantor.people.web.ApiDtos.EmployeeResponse;
import dev.kantor.people.web.ApiDtos.ImportResponse;
import dev.kantor.people.web.ApiDtos.PageResponse;
import dev.kantor.people.web.ApiDtos.SkillLevelDto;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Employees through the REST API: anyone signed in reads, HR and admins change. */
@RestController
@RequestMapping("/api/people")
@Tag(name = "People", description = "Employees, their positions, skills, languages and office")
class PeopleApi {

    private final People people;
    private final PeopleAdministration administration;
    private final EmployeeImport employeeImport;
    private final MessageSource messages;

    PeopleApi(People people, PeopleAdministration administration, EmployeeImport employeeImport,
            MessageSource messages) {
        this.people = people;
        this.administration = administration;
        this.employeeImport = employeeImport;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Search the directory", description = "Every filter is optional; status is ACTIVE by default.")
    PageResponse<EmployeeResponse> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) Long department, @RequestParam(required = false) Office office,
            @RequestParam(required = false) String skill, @RequestParam(required = false) Integer minLevel,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) DirectoryQuery.Status status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Long skillId = null;
        if (skill != null && !skill.isBlank()) {
            Skill found = people.skillsByCode().get(skill.strip());
            if (found == null) {
                throw InvalidInput.of("skill", "validation.unknown-skill");
            }
            skillId = found.id();
        }
        return PageResponse.of(people.search(
                new DirectoryQuery(q, department, office, skillId, minLevel, language, status, page, size)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One employee")
    EmployeeResponse get(@PathVariable long id) {
        return EmployeeResponse.of(people.entry(id)
                .orElseThrow(() -> KantorException.notFound("error.employee-not-found", id)));
    }

    @PostMapping
    @Operation(summary = "Add an employee (HR, admin)", description = "201 with the employee; 400 with the broken "
            + "fields; 409 when the e-mail address or number is already taken.")
    ResponseEntity<EmployeeResponse> create(@RequestBody EmployeeRequest request) {
        Employee employee = administration.hire(details(request));
        return ResponseEntity.created(URI.create("/api/people/" + employee.getId())).body(get(employee.getId()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an employee (HR, admin)", description = "The request carries the version it was "
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

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import new employees from CSV (HR, admin)", description = "All or nothing: 400 lists every "
            + "bad line with its number and reason. Columns: employee_number, full_name, email, phone, position_code, "
            + "manager_email, hired_on, languages, skills.")
    ResponseEntity<?> importCsv(@RequestBody String csv) {
        ImportResult result = employeeImport.importCsv(new StringReader(csv));
        if (result.succeeded()) {
            return ResponseEntity.ok(new ImportResponse(result.imported()));
        }
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(ProblemTypes.uri("import-rejected"));
        problem.setTitle(text("import.failed", result.problems().size(), "CSV"));
        problem.setProperty("errors", result.problems().stream().map(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("line", p.line());
            if (p.field() != null) {
                error.put("field", p.field());
            }
            error.put("message", text(p.messageKey(), p.args().toArray()));
            return error;
        }).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private EmployeeDetails details(EmployeeRequest request) {
        Map<String, Skill> skills = people.skillsByCode();
        Map<Long, Integer> levels = new LinkedHashMap<>();
        List<FieldProblem> problems = new java.util.ArrayList<>();
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
        return new EmployeeDetails(request.employeeNumber(), request.fullName(), request.email(), request.phone(),
                request.positionId(), request.managerId(), request.hiredOn(), levels, request.languages());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
