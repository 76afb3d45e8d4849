package dev.kantor.people.skills;

import java.net.URI;

import dev.kantor.people.People;
import dev.kantor.people.PeopleAdministration;
import dev.kantor.people.Skill;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The skills catalogue through the REST API: anyone signed in reads, HR and admins add. */
@RestController
@Tag(name = "Organisation", description = "Departments, positions (with their customer contact) and skills")
class SkillsRestController {

    private final People people;
    private final PeopleAdministration administration;

    SkillsRestController(People people, PeopleAdministration administration) {
        this.people = people;
        this.administration = administration;
    }

    @GetMapping("/api/skills")
    @Operation(summary = "The skills catalogue")
    @Sortable({"code", "nameEn"})
    Paged<SkillDto> skills(PageQuery paging) {
        return paging.inMemory(people.skills().stream().map(SkillDto::of).toList());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/skills")
    @Operation(summary = "Add a skill to the catalogue (HR, admin)")
    ResponseEntity<SkillDto> addSkill(@RequestBody SkillRequest request) {
        Skill skill = administration.addSkill(request.code(), request.nameEn(), request.nameId());
        return ResponseEntity.created(URI.create("/api/skills")).body(SkillDto.of(skill));
    }
}
