package dev.kantor.policies.acknowledgements;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.kantor.policies.rules.Person;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who was asked to acknowledge which version, and who did; one row per version and person. */
@Component
class AcknowledgementStore {

    /** One person's acknowledgement of one version: asked, due, and done or not. */
    record Acknowledgement(
            long versionId,
            long employeeId,
            long departmentId,
            long positionId,
            Instant askedAt,
            LocalDate dueOn,
            Instant acknowledgedAt) {

        boolean isDone() {
            return acknowledgedAt != null;
        }
    }

    private final JdbcClient jdbc;

    AcknowledgementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Asks the people to acknowledge a version; those already asked are left as they are. @return how many new */
    int ask(long versionId, Collection<Person> people, Instant at, LocalDate dueOn) {
        int asked = 0;
        for (Person person : people) {
            asked += jdbc.sql(
                            """
                    insert into policy_acknowledgement (version_id, employee_id, department_id, position_id, asked_at,
                        due_on)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(
                            versionId,
                            person.employeeId(),
                            person.departmentId(),
                            person.positionId(),
                            Timestamp.from(at),
                            dueOn)
                    .update();
        }
        return asked;
    }

    /** @return whether it was open (asked and not yet acknowledged) */
    boolean acknowledge(long versionId, long employeeId, Instant at) {
        return jdbc.sql(
                                """
                update policy_acknowledgement set acknowledged_at = ?
                where version_id = ? and employee_id = ? and acknowledged_at is null""")
                        .params(Timestamp.from(at), versionId, employeeId)
                        .update()
                == 1;
    }

    Optional<Acknowledgement> of(long versionId, long employeeId) {
        return jdbc.sql("select * from policy_acknowledgement where version_id = ? and employee_id = ?")
                .params(versionId, employeeId)
                .query(this::read)
                .optional();
    }

    /** One person's open acknowledgements, the oldest first. */
    List<Acknowledgement> open(long employeeId) {
        return jdbc.sql(
                        """
                select * from policy_acknowledgement where employee_id = ? and acknowledged_at is null
                order by asked_at, version_id""")
                .param(employeeId)
                .query(this::read)
                .list();
    }

    /** Everything one person was asked, acknowledged or not. */
    List<Acknowledgement> ofPerson(long employeeId) {
        return jdbc.sql("select * from policy_acknowledgement where employee_id = ? order by asked_at desc")
                .param(employeeId)
                .query(this::read)
                .list();
    }

    /** The people who have not acknowledged a version yet. */
    List<Long> openFor(long versionId) {
        return jdbc.sql(
                        """
                select employee_id from policy_acknowledgement where version_id = ? and acknowledged_at is null
                order by employee_id""")
                .param(versionId)
                .query(Long.class)
                .list();
    }

    /** The versions someone still has to acknowledge, with when they were published. */
    List<Long> versionsWithOpen() {
        return jdbc.sql(
                        "select distinct version_id from policy_acknowledgement where acknowledged_at is null order by 1")
                .query(Long.class)
                .list();
    }

    /** Counts of one department and position together, for one version or all (null): one pass over the rows. */
    record PlaceCounts(long departmentId, long positionId, long asked, long acknowledged, long overdue) {}

    List<PlaceCounts> counts(Long versionId, LocalDate today) {
        return jdbc.sql(
                        """
                select department_id, position_id, count(*) as asked, count(acknowledged_at) as done,
                       sum(case when acknowledged_at is null and due_on < :today then 1 else 0 end) as overdue
                from policy_acknowledgement
                where (cast(:version as bigint) is null or version_id = :version)
                group by department_id, position_id""")
                .param("today", today)
                .param("version", versionId)
                .query((rs, row) ->
                        new PlaceCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** Everyone asked between the two moments (from inclusive, to exclusive), by version and person. */
    List<Acknowledgement> askedBetween(Instant from, Instant to) {
        return jdbc.sql(
                        """
                select * from policy_acknowledgement where asked_at >= ? and asked_at < ?
                order by version_id, employee_id""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(this::read)
                .list();
    }

    /** The overdue acknowledgements, the longest overdue first, at most {@code limit}. */
    List<Acknowledgement> overdue(Long versionId, LocalDate today, int limit) {
        return jdbc.sql(
                        """
                select * from policy_acknowledgement
                where acknowledged_at is null and due_on < :today
                  and (cast(:version as bigint) is null or version_id = :version)
                order by due_on, employee_id limit :limit""")
                .param("today", today)
                .param("version", versionId)
                .param("limit", limit)
                .query(this::read)
                .list();
    }

    private Acknowledgement read(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp done = rs.getTimestamp("acknowledged_at");
        return new Acknowledgement(
                rs.getLong("version_id"),
                rs.getLong("employee_id"),
                rs.getLong("department_id"),
                rs.getLong("position_id"),
                rs.getTimestamp("asked_at").toInstant(),
                rs.getDate("due_on").toLocalDate(),
                done == null ? null : done.toInstant());
    }
}
