package dev.kantor.floor.responsibility;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.kantor.people.Department;
import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which department answers for each work queue. Managers and admins set it (checked by the callers'
 * roles); each change is audited and checked against the version read, so that two managers
 * changing the same queue do not overwrite each other unknowingly.
 */
@Service
@Transactional
public class Responsibilities implements dev.kantor.floor.ResponsibleDepartments {

    static final String AUDIT_TYPE = "floor-responsibility";

    private final JdbcClient jdbc;
    private final People people;
    private final WorkQueues queues;
    private final AuditTrail audit;
    private final Clock clock;

    Responsibilities(JdbcClient jdbc, People people, WorkQueues queues, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.queues = queues;
        this.audit = audit;
        this.clock = clock;
    }

    private record Row(long queueId, long departmentId, int version) {}

    /** Every queue that has a responsible department, by queue name. */
    @Transactional(readOnly = true)
    public List<Responsibility> all(Locale locale) {
        Map<Long, QueueSummary> byId =
                queues.all().stream().collect(java.util.stream.Collectors.toMap(QueueSummary::id, q -> q));
        return rows().stream()
                .filter(row -> byId.containsKey(row.queueId()))
                .map(row -> view(row, byId.get(row.queueId()), locale))
                .sorted(java.util.Comparator.comparing(Responsibility::queueName))
                .toList();
    }

    /** The queue's responsible department, if one was set. */
    @Transactional(readOnly = true)
    public Optional<Responsibility> of(long queueId, Locale locale) {
        return row(queueId).flatMap(row -> queues.find(queueId).map(queue -> view(row, queue, locale)));
    }

    /** The ids of the queues someone answers for. */
    @Transactional(readOnly = true)
    public List<Long> watchedQueues() {
        return rows().stream().map(Row::queueId).toList();
    }

    /**
     * Names the department answering for a queue.
     *
     * @param version the version read, null when the queue has none yet
     * @throws dev.kantor.platform.InvalidInput naming {@code queueId} or {@code departmentId} when there is
     *                                          no such (active) one
     * @throws KantorException                  conflict when someone changed it since it was read
     */
    public Responsibility set(long queueId, Long departmentId, Integer version, Locale locale) {
        Optional<QueueSummary> queue = queues.find(queueId);
        Optional<Department> department = departmentId == null ? Optional.empty() : people.department(departmentId);
        new InputCheck()
                .that(queue.isPresent(), "queueId", "floor.responsibility.no-queue")
                .required("departmentId", departmentId)
                .throwIfAny();
        new InputCheck()
                .that(
                        department.filter(Department::isActive).isPresent(),
                        "departmentId",
                        "floor.responsibility.no-department")
                .throwIfAny();
        Optional<Row> before = row(queueId);
        Instant now = clock.instant();
        if (before.isEmpty()) {
            if (version != null && version != 0) {
                throw KantorException.conflict("floor.responsibility.stale");
            }
            int inserted = jdbc.sql(
                            """
                    insert into floor_responsibility (queue_id, department_id, version, changed_at, changed_by)
                    values (?, ?, 1, ?, ?) on conflict do nothing""")
                    .params(queueId, departmentId, Timestamp.from(now), CurrentUser.username())
                    .update();
            if (inserted != 1) {
                throw KantorException.conflict("floor.responsibility.stale");
            }
            audit.created(AUDIT_TYPE, queueId, queue.get().name(), Map.of("departmentId", departmentId.toString()));
        } else {
            if (version == null) {
                new InputCheck().required("version", version).throwIfAny();
            }
            int updated = jdbc.sql(
                            """
                    update floor_responsibility set department_id = ?, version = version + 1, changed_at = ?,
                        changed_by = ?
                    where queue_id = ? and version = ?""")
                    .params(departmentId, Timestamp.from(now), CurrentUser.username(), queueId, version)
                    .update();
            if (updated != 1) {
                throw KantorException.conflict("floor.responsibility.stale");
            }
            audit.changed(
                    AUDIT_TYPE,
                    queueId,
                    queue.get().name(),
                    AuditAction.UPDATED,
                    Map.of("departmentId", String.valueOf(before.get().departmentId())),
                    Map.of("departmentId", departmentId.toString()));
        }
        return of(queueId, locale).orElseThrow();
    }

    @Override
    public void name(long queueId, long departmentId) {
        set(queueId, departmentId, row(queueId).map(Row::version).orElse(0), Locale.ENGLISH);
    }

    /**
     * The claim of the queue's short-staffed check until {@code until}: true for the one node that
     * takes it, false while another node holds it.
     */
    public boolean claimCheck(long queueId, Instant now, Instant until) {
        return jdbc.sql(
                                """
                update floor_responsibility set checked_until = ?
                where queue_id = ? and (checked_until is null or checked_until <= ?)""")
                        .params(Timestamp.from(until), queueId, Timestamp.from(now))
                        .update()
                == 1;
    }

    private List<Row> rows() {
        return jdbc.sql("select queue_id, department_id, version from floor_responsibility")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
                .list();
    }

    private Optional<Row> row(long queueId) {
        return jdbc.sql("select queue_id, department_id, version from floor_responsibility where queue_id = ?")
                .param(queueId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
                .optional();
    }

    private Responsibility view(Row row, QueueSummary queue, Locale locale) {
        String department =
                people.department(row.departmentId()).map(d -> d.name(locale)).orElse("#" + row.departmentId());
        List<Responsibility.Manager> managers = people.managersIn(row.departmentId()).stream()
                .map(m -> new Responsibility.Manager(m.getId(), m.getFullName(), m.getEmail()))
                .toList();
        return new Responsibility(row.queueId(), queue.name(), row.departmentId(), department, managers, row.version());
    }
}
