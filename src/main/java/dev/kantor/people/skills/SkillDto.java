package dev.kantor.people.skills;

import dev.kantor.people.Skill;

import io.swagger.v3.oas.annotations.media.Schema;

/** A skill as the REST API shows it: in the catalogue without a level, held by an employee with one. */
public record SkillDto(
        @Schema(description = "What topics name it by (skills[].skillId)") long id,
        String code,
        String nameEn,
        String nameId,
        Integer level) {

    static SkillDto of(Skill skill) {
        return new SkillDto(skill.id(), skill.code(), skill.nameEn(), skill.nameId(), null);
    }
}
