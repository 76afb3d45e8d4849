package dev.kantor.routing.handoffs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.platform.InputCheck;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How handoffs went, for managers: how many, how fast they were accepted, how often people
 * declined, and how many chains fell back to a queue; per day, per topic and per department.
 */
@Service
@Transactional(readOnly = true)
class HandoffFigures {

    /**
     * The figures of one group of handoffs.
     *
     * @param declines offers declined, several per handoff if it went from one person to the next
     * @param expired  offers that ran out unanswered, several per handoff likewise
     * @param ranOut   handoffs in which at least one offer ran out: never more than {@code handoffs}
     */
    public record Row(
            String key,
            int handoffs,
            int accepted,
            int queued,
            int open,
            int declines,
            int expired,
            int ranOut,
            Duration medianToAccept) {}

    public record Report(int days, Row total, List<Row> byDay, List<Row> byTopic, List<Row> byDepartment) {}

    private record Outcome(
            long id,
            String topic,
            Long department,
            Instant created,
            String state,
            Instant decided,
            int declines,
            int expired) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BusinessCalendars calendars;

    HandoffFigures(JdbcClient jdbc, Clock clock, BusinessCalendars calendars) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendars = calendars;
    }

    /** @param days from 1 to 366; others are refused, naming {@code days} */
    public Report lastDays(int days) {
        new InputCheck().range("days", days, 1, 366).throwIfAny();
        Instant since = clock.instant().minus(Duration.ofDays(days));
        List<Outcome> outcomes = jdbc.sql(
                        """
                select h.id, h.topic, h.sender_department_id, h.created_at, h.state, h.decided_at,
                       (select count(*) from handoff_offer o where o.handoff = h.id and o.outcome = 'DECLINED') declines,
                       (select count(*) from handoff_offer o where o.handoff = h.id and o.outcome = 'EXPIRED') expired
                from handoff h where h.created_at >= ? order by h.created_at""")
                .param(Timestamp.from(since))
                .query((rs, row) -> new Outcome(
                        rs.getLong("id"),
                        rs.getString("topic"),
                        (Long) rs.getObject("sender_department_id", Long.class),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("state"),
                        rs.getTimestamp("decided_at") == null
                                ? null
                                : rs.getTimestamp("decided_at").toInstant(),
                        rs.getInt("declines"),
                        rs.getInt("expired")))
                .list();
        ZoneId zone = calendars.zone();
        return new Report(
                days,
                row("", outcomes),
                grouped(outcomes, o -> LocalDate.ofInstant(o.created(), zone).toString()),
                grouped(outcomes, Outcome::topic),
                grouped(outcomes, o -> o.department() == null ? "" : String.valueOf(o.department())));
    }

    private static List<Row> grouped(List<Outcome> outcomes, Function<Outcome, String> key) {
        Map<String, List<Outcome>> groups = new TreeMap<>();
        outcomes.forEach(o ->
                groups.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o));
        return groups.entrySet().stream()
                .map(e -> row(e.getKey(), e.getValue()))
                .toList();
    }

    private static Row row(String key, List<Outcome> group) {
        List<Duration> toAccept = group.stream()
                .filter(o -> "ACCEPTED".equals(o.state()) && o.decided() != null)
                .map(o -> Duration.between(o.created(), o.decided()))
                .sorted()
                .toList();
        return new Row(
                key,
                group.size(),
                toAccept.size(),
                (int) group.stream().filter(o -> "QUEUED".equals(o.state())).count(),
                (int) group.stream().filter(o -> "OFFERED".equals(o.state())).count(),
                group.stream().mapToInt(Outcome::declines).sum(),
                group.stream().mapToInt(Outcome::expired).sum(),
                (int) group.stream().filter(o -> o.expired() > 0).count(),
                toAccept.isEmpty() ? null : toAccept.get(toAccept.size() / 2));
    }
}
