package dev.kantor.scheduling.presence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.routing.ScheduledPresence;
import dev.kantor.routing.ScheduledState;
import dev.kantor.scheduling.TakenBreaks;
import dev.kantor.scheduling.TimeAway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the published schedules put people now. Someone is on a schedule at a moment when they are
 * on the roster of a schedule published for the week around it; their shifts of that week (with the
 * breaks of the shift under way) come in the same single query, from which the state is worked out:
 * {@link ScheduledStates}.
 */
@Component
@Transactional(readOnly = true)
class PublishedPresence implements ScheduledPresence {

    private final JdbcClient jdbc;
    private final List<TakenBreaks> takenBreaks;
    private final List<TimeAway> timeAway;

    PublishedPresence(JdbcClient jdbc, List<TakenBreaks> takenBreaks, List<TimeAway> timeAway) {
        this.jdbc = jdbc;
        this.takenBreaks = takenBreaks;
        this.timeAway = timeAway;
    }

    @Override
    public Map<Long, ScheduledState> at(Collection<Long> employeeIds, Instant now) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ScheduledStates.Week> weeks = new HashMap<>();
        Map<Long, List<PlannedBreak>> plannedBreaks = new HashMap<>();
        Timestamp at = Timestamp.from(now);
        jdbc.sql(
                        """
                select m.employee_id, s.week_starts_at, s.week_ends_at, p.id, p.starts_at, p.ends_at,
                    b.starts_at, b.ends_at, b.position
                from schedule_published_member m
                join schedule s on s.id = m.schedule_id
                left join schedule_published_shift p on p.schedule_id = m.schedule_id and p.employee_id = m.employee_id
                left join schedule_published_break b on b.shift_id = p.id and p.starts_at <= :now and p.ends_at > :now
                where m.employee_id = any(:ids) and s.week_starts_at <= :now and s.week_ends_at > :now""")
                .param("ids", new SqlArrayValue("bigint", employeeIds.toArray()))
                .param("now", at)
                .query(rs -> {
                    ScheduledStates.Week week = weeks.computeIfAbsent(rs.getLong(1), id -> {
                        try {
                            return new ScheduledStates.Week(
                                    rs.getTimestamp(2).toInstant(),
                                    rs.getTimestamp(3).toInstant(),
                                    new HashMap<>(),
                                    new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    week.widen(
                            rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant());
                    if (rs.getObject(4) != null) {
                        week.shifts()
                                .putIfAbsent(
                                        rs.getLong(4),
                                        new ScheduledStates.Span(
                                                rs.getTimestamp(5).toInstant(),
                                                rs.getTimestamp(6).toInstant()));
                    }
                    if (rs.getTimestamp(7) != null) {
                        plannedBreaks
                                .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                                .add(new PlannedBreak(
                                        rs.getLong(4),
                                        rs.getInt(9),
                                        new ScheduledStates.Span(
                                                rs.getTimestamp(7).toInstant(),
                                                rs.getTimestamp(8).toInstant())));
                    }
                });
        placeBreaks(weeks, plannedBreaks);
        Map<Long, TimeAway.Away> away = away(weeks.keySet(), now);
        Map<Long, ScheduledState> states = new HashMap<>();
        weeks.forEach((id, week) -> states.put(
                id,
                away.containsKey(id)
                        ? new ScheduledState(
                                ScheduledState.Kind.OFF_SHIFT,
                                away.get(id).from(),
                                away.get(id).until())
                        : ScheduledStates.at(week, now)));
        return states;
    }

    /** Puts each break of the shift under way where the floor says it is taken, else where it was planned. */
    private void placeBreaks(Map<Long, ScheduledStates.Week> weeks, Map<Long, List<PlannedBreak>> planned) {
        Map<Long, Map<Integer, TakenBreaks.TakenBreak>> taken = new HashMap<>();
        Set<Long> shiftIds = new HashSet<>();
        planned.values().forEach(breaks -> breaks.forEach(b -> shiftIds.add(b.shiftId())));
        for (TakenBreaks source : takenBreaks) {
            taken.putAll(source.of(shiftIds));
        }
        planned.forEach((employeeId, breaks) -> {
            for (PlannedBreak pause : breaks) {
                TakenBreaks.TakenBreak moved =
                        taken.getOrDefault(pause.shiftId(), Map.of()).get(pause.position());
                weeks.get(employeeId)
                        .breaks()
                        .add(moved == null ? pause.span() : new ScheduledStates.Span(moved.startsAt(), moved.endsAt()));
            }
        });
    }

    private Map<Long, TimeAway.Away> away(Collection<Long> employeeIds, Instant now) {
        Map<Long, TimeAway.Away> away = new HashMap<>();
        for (TimeAway source : timeAway) {
            away.putAll(source.at(employeeIds, now));
        }
        return away;
    }

    /** A planned break of the shift under way, named as the floor names it. */
    private record PlannedBreak(long shiftId, int position, ScheduledStates.Span span) {}
}
