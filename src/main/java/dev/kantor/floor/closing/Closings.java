package dev.kantor.floor.closing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claims on what the floor already said is over: an interval of a queue, a fill-in. A claim is a row
 * under a key, so that of two nodes claiming the same the second fails (and its transaction, with the event
 * it was to publish, is rolled back).
 */
@Component
class Closings {

    private final JdbcClient jdbc;

    Closings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The starts of the queue's intervals already closed from {@code from} on. */
    Set<Instant> closedIntervals(long queueId, Instant from) {
        return new HashSet<>(
                jdbc.sql("select interval_start from floor_closed_interval where queue_id = ? and interval_start >= ?")
                        .params(queueId, Timestamp.from(from))
                        .query((rs, n) -> rs.getTimestamp(1).toInstant())
                        .list());
    }

    /**
     * Claims an interval with the department answering for its queue now, and answers that department (null
     * when none does); fails with a duplicate key when another node closed it first.
     */
    Long closeInterval(long queueId, Instant start, Instant end, int required, int staffed, Instant now) {
        Long departmentId = jdbc.sql("select department_id from floor_responsibility where queue_id = ?")
                .param(queueId)
                .query(Long.class)
                .optional()
                .orElse(null);
        jdbc.sql(
                        """
                insert into floor_closed_interval (queue_id, interval_start, interval_end, required, staffed, closed_at,
                    department_id)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        queueId,
                        Timestamp.from(start),
                        Timestamp.from(end),
                        required,
                        staffed,
                        Timestamp.from(now),
                        departmentId)
                .update();
        return departmentId;
    }

    /** Which of these fill-ins were closed already. */
    Set<Long> closedFillIns(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select fill_in_id from floor_ended_fill_in where fill_in_id in (:ids)")
                .param("ids", ids)
                .query(Long.class)
                .list());
    }

    /** Claims a fill-in; fails with a duplicate key when another node closed it first. */
    void closeFillIn(long fillInId, long minutes, Instant now) {
        jdbc.sql("insert into floor_ended_fill_in (fill_in_id, minutes, closed_at) values (?, ?, ?)")
                .params(fillInId, minutes, Timestamp.from(now))
                .update();
    }
}
