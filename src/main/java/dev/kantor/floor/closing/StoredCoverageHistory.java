package dev.kantor.floor.closing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dev.kantor.floor.CoverageHistory;
import dev.kantor.floor.FillInEnded;
import dev.kantor.floor.IntervalCovered;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the floor's claims on what is over back as the events they published: the claim rows hold the
 * interval's figures, and a fill-in's queue, manager and times come from the fill-in itself (ended early or as
 * planned, as {@code FillIn.until()} says), its minutes from the claim.
 */
@Component
class StoredCoverageHistory implements CoverageHistory {

    private final JdbcClient jdbc;

    StoredCoverageHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IntervalCovered> intervalsAfter(IntervalCovered after, int limit) {
        long queueId = after == null ? Long.MIN_VALUE : after.queueId();
        Instant start = after == null ? Instant.EPOCH : after.start();
        return jdbc.sql(
                        """
                select queue_id, interval_start, interval_end, required, staffed, department_id
                from floor_closed_interval
                where queue_id > ? or (queue_id = ? and interval_start > ?)
                order by queue_id, interval_start limit ?""")
                .params(queueId, queueId, Timestamp.from(start), Math.max(1, limit))
                .query((rs, n) -> new IntervalCovered(
                        rs.getLong("queue_id"),
                        rs.getTimestamp("interval_start").toInstant(),
                        rs.getTimestamp("interval_end").toInstant(),
                        rs.getInt("required"),
                        rs.getInt("staffed"),
                        rs.getObject("department_id") == null ? null : rs.getLong("department_id")))
                .list();
    }

    @Override
    public List<FillInEnded> fillInsAfter(long afterId, int limit) {
        return jdbc.sql(
                        """
                select e.fill_in_id, f.queue_id, f.employee_id, f.starts_at, f.ends_at, f.ended_at, e.minutes
                from floor_ended_fill_in e join floor_fill_in f on f.id = e.fill_in_id
                where e.fill_in_id > ? order by e.fill_in_id limit ?""")
                .params(afterId, Math.max(1, limit))
                .query((rs, n) -> {
                    Instant endsAt = rs.getTimestamp("ends_at").toInstant();
                    Timestamp ended = rs.getTimestamp("ended_at");
                    Instant until = ended != null && ended.toInstant().isBefore(endsAt) ? ended.toInstant() : endsAt;
                    return new FillInEnded(
                            rs.getLong("fill_in_id"),
                            rs.getLong("queue_id"),
                            rs.getLong("employee_id"),
                            rs.getTimestamp("starts_at").toInstant(),
                            until,
                            rs.getLong("minutes"));
                })
                .list();
    }
}
