package dev.kantor.assessment.fit;

import java.util.Map;

import dev.kantor.assessment.Dimension;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Someone matched against role profiles: an employee, or a candidate who shared their result.
 *
 * @param skills skill id to level; null when not known (a candidate's skills are not recorded)
 * @param scores dimension scores (0 to 100) of their latest shared result; null when none is shared
 */
@Schema(name = "MatchedPerson")
public record Person(Kind kind, long id, String name, Map<Long, Integer> skills, Map<Dimension, Integer> scores) {

    public enum Kind {
        EMPLOYEE,
        CANDIDATE
    }

    public Person {
        skills = skills == null ? null : Map.copyOf(skills);
        scores = scores == null ? null : Map.copyOf(scores);
    }
}
