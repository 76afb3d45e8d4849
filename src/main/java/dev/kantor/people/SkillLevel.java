package dev.kantor.people;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** How well an employee masters a skill: 1 (beginner) to 5 (expert). */
@Table("employee_skill")
public record SkillLevel(Long skillId, @Column("skill_level") int level) {

    public static final int MIN = 1;
    public static final int MAX = 5;
}
