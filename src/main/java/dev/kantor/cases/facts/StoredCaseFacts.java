package dev.kantor.cases.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendar;
import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.CaseFact;
import dev.kantor.cases.CaseFacts;
import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.ResolutionType;
import dev.kantor.cases.TargetOutcome;
import dev.kantor.cases.sla.Pause;
import dev.kantor.cases.sla.SlaClock;
import dev.kantor.cases.sla.SlaState;
import dev.kantor.cases.sla.SlaTargets;
import dev.kantor.platform.InputCheck;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases as facts, a page at a time: one statement for the cases, and one each for their pauses,
 * the customer's later messages and the resolution actions of the page's id range, so that a
 * million cases are read in a few hundred round trips.
 */
@Component
@Transactional(readOnly = true)
class StoredCaseFacts implements CaseFacts {

    private record Row(
            long id,
            String reference,
            Channel channel,
            CaseType type,
            String topic,
            Priority priority,
            CaseStatus status,
            Long ownerId,
            Instant openedAt,
            Instant firstResponseAt,
            Instant resolvedAt,
            Integer rating) {}

    private record Actions(int withinAuthority, int sentForApproval, ResolutionType outcome) {
        static final Actions NONE = new Actions(0, 0, null);
    }

    private final JdbcClient jdbc;
    private final SlaTargets targets;
    private final BusinessCalendars calendars;
    private final Clock clock;

    StoredCaseFacts(JdbcClient jdbc, SlaTargets targets, BusinessCalendars calendars, Clock clock) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public Optional<CaseFact> of(long caseId) {
        return facts("c.id = :id", caseId, 1).stream().findFirst();
    }

    @Override
    public List<CaseFact> after(long afterId, int limit) {
        new InputCheck().range("limit", limit, 1, MOST_PER_PAGE).throwIfAny();
        return facts("c.id > :id", afterId, limit);
    }

    private List<CaseFact> facts(String where, long id, int limit) {
        List<Row> rows = jdbc.sql(
                        """
                select c.id, c.reference, c.channel, c.case_type, c.topic, c.priority, c.status, c.owner_id,
                       c.opened_at, c.first_response_at, c.resolved_at, c.rating
                from customer_case c"""
                                + " where " + where + " order by c.id limit :limit")
                .param("id", id)
                .param("limit", limit)
                .query((rs, n) -> row(rs))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        long lowest = rows.get(0).id();
        long highest = rows.get(rows.size() - 1).id();
        Map<Long, List<Pause>> pauses = pauses(lowest, highest);
        Map<Long, Integer> laterMessages = laterMessages(lowest, highest);
        Map<Long, Actions> actions = actions(lowest, highest);
        BusinessCalendar calendar = calendars.current();
        Map<CaseType, Map<Priority, SlaTargets.Target>> all = targets.all();
        Instant now = clock.instant();
        List<CaseFact> facts = new ArrayList<>(rows.size());
        for (Row r : rows) {
            SlaTargets.Target target = Optional.ofNullable(
                            all.getOrDefault(r.type(), Map.of()).get(r.priority()))
                    .orElseGet(() -> targets.of(r.type(), r.priority()));
            List<Pause> waited = pauses.getOrDefault(r.id(), List.of());
            SlaClock first = new SlaClock(calendar, target.firstResponse(), r.openedAt(), r.firstResponseAt(), waited);
            SlaClock resolution = new SlaClock(calendar, target.resolution(), r.openedAt(), r.resolvedAt(), waited);
            Actions taken = actions.getOrDefault(r.id(), Actions.NONE);
            boolean done = r.status().done() && r.resolvedAt() != null;
            facts.add(new CaseFact(
                    r.id(),
                    r.reference(),
                    r.channel(),
                    r.type(),
                    r.topic(),
                    r.priority(),
                    r.status(),
                    r.ownerId(),
                    r.openedAt(),
                    done ? r.resolvedAt() : null,
                    outcome(first, now),
                    outcome(resolution, now),
                    done && laterMessages.getOrDefault(r.id(), 0) == 0,
                    r.rating(),
                    taken.withinAuthority(),
                    taken.sentForApproval(),
                    taken.outcome()));
        }
        return facts;
    }

    /** Met once stopped within the target, breached once past it, running otherwise. */
    static TargetOutcome outcome(SlaClock clock, Instant now) {
        SlaState state = clock.state(now);
        if (state == SlaState.BREACHED) {
            return TargetOutcome.BREACHED;
        }
        return state == SlaState.MET ? TargetOutcome.MET : TargetOutcome.RUNNING;
    }

    private static Row row(ResultSet rs) throws SQLException {
        long owner = rs.getLong("owner_id");
        Long ownerId = rs.wasNull() ? null : owner;
        int rating = rs.getInt("rating");
        Integer stars = rs.wasNull() ? null : rating;
        return new Row(
                rs.getLong("id"),
                rs.getString("reference"),
                Channel.valueOf(rs.getString("channel")),
                CaseType.valueOf(rs.getString("case_type")),
                rs.getString("topic"),
                Priority.valueOf(rs.getString("priority")),
                CaseStatus.valueOf(rs.getString("status")),
                ownerId,
                instant(rs.getTimestamp("opened_at")),
                instant(rs.getTimestamp("first_response_at")),
                instant(rs.getTimestamp("resolved_at")),
                stars);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private Map<Long, List<Pause>> pauses(long lowest, long highest) {
        Map<Long, List<Pause>> pauses = new HashMap<>();
        jdbc.sql(
                        """
                select customer_case, from_at, to_at from case_pause
                where customer_case between :lowest and :highest order by customer_case, pause_no""")
                .param("lowest", lowest)
                .param("highest", highest)
                .query(rs -> {
                    pauses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Pause(rs.getTimestamp(2).toInstant(), instant(rs.getTimestamp(3))));
                });
        return pauses;
    }

    /** Messages the customer wrote after the one that opened the case. */
    private Map<Long, Integer> laterMessages(long lowest, long highest) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql(
                        """
                select e.case_id, count(*) from case_entry e join customer_case c on c.id = e.case_id
                where e.case_id between :lowest and :highest and e.kind = 'CUSTOMER_MESSAGE' and e.at > c.opened_at
                group by e.case_id""")
                .param("lowest", lowest)
                .param("highest", highest)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    /** Per case: actions within authority, actions sent for approval, and the last one that took effect. */
    private Map<Long, Actions> actions(long lowest, long highest) {
        Map<Long, Actions> actions = new HashMap<>();
        jdbc.sql(
                        """
                select case_id, action_type, state, approver_id from resolution_action
                where case_id between :lowest and :highest order by case_id, coalesce(decided_at, proposed_at), id""")
                .param("lowest", lowest)
                .param("highest", highest)
                .query(rs -> {
                    long caseId = rs.getLong(1);
                    ResolutionType type = ResolutionType.valueOf(rs.getString(2));
                    String state = rs.getString(3);
                    rs.getLong(4);
                    boolean sent = !rs.wasNull() || !"CARRIED_OUT".equals(state);
                    boolean tookEffect = "CARRIED_OUT".equals(state) || "APPROVED".equals(state);
                    Actions before = actions.getOrDefault(caseId, Actions.NONE);
                    actions.put(
                            caseId,
                            new Actions(
                                    before.withinAuthority() + (sent ? 0 : 1),
                                    before.sentForApproval() + (sent ? 1 : 0),
                                    tookEffect ? type : before.outcome()));
                });
        return actions;
    }
}
