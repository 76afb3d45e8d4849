package dev.kantor.scheduling.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code scheduling_job} table. Every change a node makes to a job it solves is conditional on
 * the job still being its own and still {@code SOLVING}, so a node that was taken for dead (and whose
 * job was marked failed) changes nothing when it wakes; every claim is a conditional update that only
 * one node can make.
 */
@Component
class StoredJobs {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS =
            """
            id, status, submitted_by, answer, verdict, paid_minutes, lower_bound_paid_minutes, shortfall_count,
            stop_requested, failure, submitted_at, started_at, updated_at, finished_at""";
    /** Replaces the stored answer only with one at least as good: fewer short agent-intervals, then fewer paid minutes. */
    private static final String AT_LEAST_AS_GOOD =
            """
            (short_agent_intervals is null or short_agent_intervals > :short
             or short_agent_intervals = :short and paid_minutes >= :paid)""";

    private final JdbcClient jdbc;

    StoredJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String submittedBy, String problem, Instant now) {
        jdbc.sql(
                        """
                insert into scheduling_job (id, status, submitted_by, problem, stop_requested, submitted_at, updated_at)
                values (?, 'QUEUED', ?, ?, false, ?, ?)""")
                .params(id, submittedBy, problem, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    Optional<SolvingJob> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from scheduling_job where id = ?")
                .param(id)
                .query(StoredJobs::map)
                .optional();
    }

    /** The problem's JSON; empty when the job is gone (deleted while it waited). */
    Optional<String> problem(UUID id) {
        return jdbc.sql("select problem from scheduling_job where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** Jobs of one person that wait or are being solved. */
    int unfinishedOf(String submittedBy) {
        return jdbc.sql(
                        """
                select count(*) from scheduling_job where submitted_by = ? and status in ('QUEUED', 'SOLVING')""")
                .param(submittedBy)
                .query(Integer.class)
                .single();
    }

    /** The oldest waiting job, taken for this node; empty when none waits or others took them first. */
    Optional<UUID> claimNext(String node, Instant now) {
        List<UUID> waiting = jdbc.sql(
                        """
                select id from scheduling_job where status = 'QUEUED' order by submitted_at, id limit 5""")
                .query((rs, row) -> rs.getObject(1, UUID.class))
                .list();
        for (UUID id : waiting) {
            int taken = jdbc.sql(
                            """
                    update scheduling_job set status = 'SOLVING', node = ?, started_at = coalesce(started_at, ?),
                        updated_at = ?
                    where id = ? and status = 'QUEUED'""")
                    .params(node, Timestamp.from(now), Timestamp.from(now), id)
                    .update();
            if (taken == 1) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * Keeps a better answer and shows the node is alive.
     *
     * @return whether the job is still this node's to solve
     */
    @Transactional
    boolean progress(UUID id, String node, StoredAnswer answer, Instant now) {
        storeAnswer(id, node, answer, "status = 'SOLVING'");
        return heartbeat(id, node, now);
    }

    /** @return whether the job is still this node's to solve */
    boolean heartbeat(UUID id, String node, Instant now) {
        return jdbc.sql("update scheduling_job set updated_at = ? where id = ? and node = ? and status = 'SOLVING'")
                        .params(Timestamp.from(now), id, node)
                        .update()
                == 1;
    }

    /** Ends a job this node solved, keeping its last answer if it is at least as good as the stored one. */
    @Transactional
    boolean finish(UUID id, String node, JobStatus status, StoredAnswer answer, String failure, Instant now) {
        if (answer != null) {
            storeAnswer(id, node, answer, "status = 'SOLVING'");
        }
        return jdbc.sql(
                                """
                update scheduling_job set status = ?, failure = ?, finished_at = ?, updated_at = ?, node = null
                where id = ? and node = ? and status = 'SOLVING'""")
                        .params(status.name(), failure, Timestamp.from(now), Timestamp.from(now), id, node)
                        .update()
                == 1;
    }

    /** Puts a job this node was solving back in the queue, keeping its best answer, for any node to continue. */
    void requeue(UUID id, String node, Instant now) {
        jdbc.sql(
                        """
                update scheduling_job set status = 'QUEUED', node = null, updated_at = ?
                where id = ? and node = ? and status = 'SOLVING' and not stop_requested""")
                .params(Timestamp.from(now), id, node)
                .update();
        jdbc.sql(
                        """
                update scheduling_job set status = 'STOPPED', node = null, finished_at = ?, updated_at = ?
                where id = ? and node = ? and status = 'SOLVING' and stop_requested""")
                .params(Timestamp.from(now), Timestamp.from(now), id, node)
                .update();
    }

    /**
     * Asks for a job to stop: a waiting one stops at once, one being solved is stopped by its node
     * within a second or so, a finished one stays as it is.
     */
    @Transactional
    void requestStop(UUID id, Instant now) {
        jdbc.sql(
                        """
                update scheduling_job set status = 'STOPPED', stop_requested = true, finished_at = ?, updated_at = ?
                where id = ? and status = 'QUEUED'""")
                .params(Timestamp.from(now), Timestamp.from(now), id)
                .update();
        jdbc.sql("update scheduling_job set stop_requested = true where id = ? and status = 'SOLVING'")
                .param(id)
                .update();
    }

    /** The jobs this node solves that someone asked to stop, on whichever node. */
    Set<UUID> stopRequested(String node) {
        return Set.copyOf(jdbc.sql(
                        """
                select id from scheduling_job where node = ? and status = 'SOLVING' and stop_requested""")
                .param(node)
                .query((rs, row) -> rs.getObject(1, UUID.class))
                .list());
    }

    /** Marks jobs whose node stopped moving them before {@code before} as failed; one statement, so one node does it. */
    int failStale(Instant before, Instant now) {
        return jdbc.sql(
                        """
                update scheduling_job set status = 'FAILED', failure = 'node-lost', node = null, finished_at = ?,
                    updated_at = ?
                where status = 'SOLVING' and updated_at < ?""")
                .params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(before))
                .update();
    }

    /** Deletes finished jobs last changed before {@code before}. */
    int deleteFinishedBefore(Instant before) {
        return jdbc.sql(
                        """
                delete from scheduling_job where status in ('SOLVED', 'STOPPED', 'FAILED') and updated_at < ?""")
                .param(Timestamp.from(before))
                .update();
    }

    private void storeAnswer(UUID id, String node, StoredAnswer answer, String condition) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("node", node);
        params.put("answer", answer.json());
        params.put("verdict", JSON.writeValueAsString(answer.verdict()));
        params.put("paid", answer.paidMinutes());
        params.put("bound", answer.lowerBoundPaidMinutes());
        params.put("shortfalls", answer.shortfallCount());
        params.put("short", answer.shortAgentIntervals());
        jdbc.sql(
                        """
                update scheduling_job set answer = :answer, verdict = :verdict, paid_minutes = :paid,
                    lower_bound_paid_minutes = :bound, shortfall_count = :shortfalls, short_agent_intervals = :short
                where id = :id and node = :node and\s"""
                                + condition + " and " + AT_LEAST_AS_GOOD)
                .params(params)
                .update();
    }

    private static SolvingJob map(ResultSet rs, int row) throws SQLException {
        String verdict = rs.getString("verdict");
        return new SolvingJob(
                rs.getObject("id", UUID.class),
                JobStatus.valueOf(rs.getString("status")),
                rs.getString("submitted_by"),
                rs.getString("answer"),
                verdict == null ? null : JSON.readValue(verdict, Verdict.class),
                nullableLong(rs, "paid_minutes"),
                nullableLong(rs, "lower_bound_paid_minutes"),
                rs.getObject("shortfall_count") == null ? null : rs.getInt("shortfall_count"),
                rs.getBoolean("stop_requested"),
                rs.getString("failure"),
                instant(rs, "submitted_at"),
                instant(rs, "started_at"),
                instant(rs, "updated_at"),
                instant(rs, "finished_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
