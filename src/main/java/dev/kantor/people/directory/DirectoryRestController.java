package dev.kantor.people.directory;

import dev.kantor.people.DirectoryPage;
import dev.kantor.people.DirectoryQuery;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.people.Skill;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Searching the people directory through the REST API: anyone signed in. */
@RestController
@RequestMapping("/api/people")
@Tag(name = "People", description = "Employees, their positions, skills, languages and office")
class DirectoryRestController {

    private final People people;
    private final Directory directory;

    DirectoryRestController(People people, Directory directory) {
        this.people = people;
        this.directory = directory;
    }

    @GetMapping
    @Operation(
            summary = "Search the directory",
            description = "Every filter is optional; status is ACTIVE by default. By name unless sorted otherwise.")
    @Sortable({"fullName", "employeeNumber", "hiredOn"})
    Paged<EmployeeResponse> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Office office,
            @RequestParam(required = false) String skill,
            @RequestParam(required = false) Integer minLevel,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) DirectoryQuery.Status status,
            PageQuery paging) {
        Long skillId = null;
        if (skill != null && !skill.isBlank()) {
            Skill found = people.skillsByCode().get(skill.strip());
            if (found == null) {
                throw InvalidInput.of("skill", "validation.unknown-skill");
            }
            skillId = found.id();
        }
        DirectoryPage found = directory.search(
                new DirectoryQuery(
                        q, departmentId, office, skillId, minLevel, language, status, paging.page(), paging.size()),
                paging.order() == null ? null : paging.order().field(),
                paging.descending());
        return paging.page(found.entries(), found.total()).map(EmployeeResponse::of);
    }
}
