package dev.kantor.service.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kantor.cases.LinkedCase;
import dev.kantor.cases.LinkedCases;
import dev.kantor.platform.KantorException;
import dev.kantor.service.catalogue.Workplace;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a back-office manager watches: how many requests met their internal target, how colleagues rated the
 * service, how old the open work is, and the customer cases waiting on the department right now, oldest first.
 */
@Component
@Transactional(readOnly = true)
public class BackOfficeFigures {

    /** The span attainment and satisfaction are counted over. */
    static final Duration WINDOW = Duration.ofDays(30);

    /** The most customer cases the page lists. */
    static final int MOST_CASES = 50;

    /** A customer case waiting on the department. */
    public record WaitingCase(
            long requestId, long serviceId, LinkedCase customerCase, Instant filedAt, Instant dueAt) {}

    /**
     * The figures of one department.
     *
     * @param attainment share of requests resolved in the window that met their target, 0 to 100; null when none
     * @param satisfaction mean stars of the window's ratings; null when none
     * @param backlog open requests by age: under a day, 1 to 3 days, 3 to 7 days, older
     */
    public record Figures(
            long departmentId,
            long resolved,
            long met,
            Integer attainment,
            long rated,
            Double satisfaction,
            List<Long> backlog,
            List<WaitingCase> waitingCases) {}

    private final JdbcClient jdbc;
    private final Workplace workplace;
    private final LinkedCases cases;
    private final Clock clock;

    BackOfficeFigures(JdbcClient jdbc, Workplace workplace, LinkedCases cases, Clock clock) {
        this.jdbc = jdbc;
        this.workplace = workplace;
        this.cases = cases;
        this.clock = clock;
    }

    /** A department's figures, for its managers (and admins). */
    public Figures of(long departmentId) {
        if (!workplace.me().manages(departmentId)) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "service.dashboard.not-yours");
        }
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        long[] resolved = jdbc.sql(
                        """
                        select count(*), coalesce(sum(case when target_met then 1 else 0 end), 0),
                               count(rating), coalesce(avg(cast(rating as double precision)), 0)
                        from internal_request where department_id = ? and status = 'RESOLVED' and resolved_at >= ?""")
                .params(departmentId, since)
                .query((rs, row) ->
                        new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), Math.round(rs.getDouble(4) * 100)})
                .single();
        List<Long> backlog = new ArrayList<>();
        Duration[] edges = {Duration.ZERO, Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7)};
        for (int i = 0; i < edges.length; i++) {
            Instant newest = now.minus(edges[i]);
            Instant oldest = i + 1 < edges.length ? now.minus(edges[i + 1]) : Instant.EPOCH;
            backlog.add(jdbc.sql(
                            """
                            select count(*) from internal_request where department_id = ? and status <> 'RESOLVED'
                              and filed_at <= ? and filed_at > ?""")
                    .params(departmentId, Timestamp.from(newest), Timestamp.from(oldest))
                    .query(Long.class)
                    .single());
        }
        record Open(long id, long serviceId, long caseId, Instant filedAt, Instant dueAt) {}
        List<Open> open = jdbc.sql(
                        """
                        select id, offering_id, case_id, filed_at, due_at from internal_request
                        where department_id = ? and status <> 'RESOLVED' and case_id is not null
                        order by filed_at, id limit ?""")
                .params(departmentId, MOST_CASES)
                .query((rs, row) -> new Open(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
        Map<Long, LinkedCase> linked =
                cases.find(open.stream().map(Open::caseId).distinct().toList());
        List<WaitingCase> waiting = open.stream()
                .filter(o -> linked.containsKey(o.caseId()))
                .map(o -> new WaitingCase(o.id(), o.serviceId(), linked.get(o.caseId()), o.filedAt(), o.dueAt()))
                .toList();
        return new Figures(
                departmentId,
                resolved[0],
                resolved[1],
                resolved[0] == 0 ? null : (int) Math.round(100.0 * resolved[1] / resolved[0]),
                resolved[2],
                resolved[2] == 0 ? null : resolved[3] / 100.0,
                backlog,
                waiting);
    }
}
