package dev.kantor.assessment.taking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.assessment.Audience;
import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.instrument.Answers;
import dev.kantor.assessment.instrument.Instrument;
import dev.kantor.assessment.instrument.Scoring;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The answers given, kept in full (retakes add, never replace), read back per person or for everyone. */
@Component
public class Responses {

    private static final String COLUMNS = "id, employee_id, candidate_id, answers, language, taken_at";

    private final JdbcClient jdbc;

    Responses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores an employee's or a candidate's answers; answers the new response's id. */
    public long store(Long employeeId, Long candidateId, Answers answers, String language, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into assessment_response (employee_id, candidate_id, instrument_version, answers, scores, "
                        + "language, taken_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        employeeId,
                        candidateId,
                        Instrument.VERSION,
                        answers.digits(),
                        StoredScores.write(Scoring.score(answers).byDimension()),
                        language,
                        Timestamp.from(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public Optional<StoredResponse> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from assessment_response where id = ?")
                .param(id)
                .query(Responses::row)
                .optional();
    }

    /** An employee's responses, newest first. */
    public List<StoredResponse> history(long employeeId) {
        return jdbc.sql("select " + COLUMNS
                        + " from assessment_response where employee_id = ? order by taken_at desc, id desc")
                .param(employeeId)
                .query(Responses::row)
                .list();
    }

    public Optional<StoredResponse> latest(long employeeId) {
        return history(employeeId).stream().findFirst();
    }

    /** The candidate's response, if they answered. */
    public Optional<StoredResponse> ofCandidate(long candidateId) {
        return jdbc.sql("select " + COLUMNS + " from assessment_response where candidate_id = ?")
                .param(candidateId)
                .query(Responses::row)
                .optional();
    }

    /** Each of these employees' latest response, by employee. */
    public Map<Long, StoredResponse> latestOf(Collection<Long> employeeIds) {
        Map<Long, StoredResponse> latest = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return latest;
        }
        latestOfEveryone().forEach((id, response) -> {
            if (employeeIds.contains(id)) {
                latest.put(id, response);
            }
        });
        return latest;
    }

    /** Every employee's latest response, by employee: one query. */
    public Map<Long, StoredResponse> latestOfEveryone() {
        Map<Long, StoredResponse> latest = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from assessment_response r where employee_id is not null and not exists ("
                        + "select 1 from assessment_response n where n.employee_id = r.employee_id "
                        + "and (n.taken_at > r.taken_at or (n.taken_at = r.taken_at and n.id > r.id)))")
                .query(Responses::row)
                .list()
                .forEach(r -> latest.put(r.employeeId(), r));
        return latest;
    }

    /**
     * The dimension scores of each employee's latest response, for the employees who share their
     * results with an audience: one query, reading no answers, however many people there are.
     */
    public Map<Long, Map<Dimension, Integer>> latestScoresSharedWith(Audience audience) {
        Map<Long, Map<Dimension, Integer>> scores = new HashMap<>();
        jdbc.sql(
                        """
                select employee_id, scores from (
                    select r.employee_id, r.scores,
                           row_number() over (partition by r.employee_id order by r.taken_at desc, r.id desc) as n
                    from assessment_response r
                    join assessment_consent c on c.employee_id = r.employee_id and c.audience = ?
                ) latest where n = 1""")
                .param(audience.name())
                .query(rs -> {
                    scores.put(rs.getLong(1), StoredScores.read(rs.getString(2)));
                });
        return scores;
    }

    /**
     * One set of answers per person for measuring the instrument: each employee's latest and each
     * candidate's, of the current version.
     */
    public List<Answers> latestOfEveryoneAndCandidates() {
        List<Answers> all = new java.util.ArrayList<>(latestOfEveryone().values().stream()
                .map(StoredResponse::answers)
                .toList());
        jdbc.sql("select " + COLUMNS + " from assessment_response where candidate_id is not null")
                .query(Responses::row)
                .list()
                .forEach(r -> all.add(r.answers()));
        return all;
    }

    private static StoredResponse row(ResultSet rs, int row) throws SQLException {
        return new StoredResponse(
                rs.getLong("id"),
                rs.getObject("employee_id", Long.class),
                rs.getObject("candidate_id", Long.class),
                Answers.parse(rs.getString("answers")),
                rs.getString("language"),
                rs.getTimestamp("taken_at").toInstant());
    }
}
