package dev.kantor.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kantor.assessment.Leaning;
import dev.kantor.assessment.instrument.Answers;
import dev.kantor.assessment.instrument.Scoring;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.people.Position;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo company's role profiles and self-assessments: every position has a profile of its own,
 * every department a default; most people answered, their answers leaning to their own office with
 * noise (not all of them, not on every dimension), and most of those share with HR.
 */
@SpringBootTest
class DemoAssessmentTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    @Test
    void everyPositionAndDepartmentHasARoleProfile() {
        long positions = jdbc.sql("select count(*) from job_position p where not exists "
                        + "(select 1 from role_profile r where r.position_id = p.id)")
                .query(Long.class)
                .single();
        long departments = jdbc.sql("select count(*) from department d where not exists "
                        + "(select 1 from role_profile r where r.department_id = d.id)")
                .query(Long.class)
                .single();
        assertThat(positions).isZero();
        assertThat(departments).isZero();
    }

    @Test
    void mostPeopleAnsweredLeaningToTheirOwnOfficeWithNoise() {
        Map<Long, Position> positions = people.positions().stream().collect(Collectors.toMap(Position::getId, p -> p));
        Map<Long, Office> offices = people.activeEmployees().stream()
                .collect(Collectors.toMap(
                        e -> e.getId(), e -> positions.get(e.getPositionId()).office()));
        List<Map<String, Object>> answered = jdbc.sql(
                        "select employee_id, answers from assessment_response " + "where employee_id is not null")
                .query()
                .listOfRows();
        assertThat(answered.size()).isGreaterThan(offices.size() / 2);
        long agreeing = answered.stream()
                .filter(row -> {
                    Leaning overall = Scoring.score(Answers.parse((String) row.get("answers")))
                            .overall();
                    Office office = offices.get(((Number) row.get("employee_id")).longValue());
                    return overall.name().equals(office == Office.FRONT ? "FRONT" : "BACK");
                })
                .count();
        // consistent with their office, but noisy: most agree, not all
        assertThat(agreeing).isGreaterThan(answered.size() * 6L / 10);
        long shared = jdbc.sql("select count(*) from assessment_consent where audience = 'HR'")
                .query(Long.class)
                .single();
        assertThat(shared).isGreaterThan(answered.size() / 2L);
    }
}
