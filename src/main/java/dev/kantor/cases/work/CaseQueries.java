package dev.kantor.cases.work;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendar;
import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.customers.Customer;
import dev.kantor.cases.customers.Customers;
import dev.kantor.cases.resolution.ResolutionAction;
import dev.kantor.cases.resolution.ResolutionActions;
import dev.kantor.cases.sla.Pause;
import dev.kantor.cases.sla.SlaClock;
import dev.kantor.cases.sla.SlaTargets;
import dev.kantor.cases.timeline.CaseTimeline;
import dev.kantor.cases.timeline.TimelineEntry;
import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading cases for queues, boards and the case page, with their service clocks. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    /** A case with everything its page shows. */
    public record CaseDetail(
            CustomerCase customerCase,
            Customer customer,
            CaseSummary summary,
            List<TimelineEntry> timeline,
            List<ResolutionAction> actions,
            SlaClock firstResponse,
            SlaClock resolution) {}

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Customers customers;
    private final CaseTimeline timeline;
    private final ResolutionActions actions;
    private final SlaTargets targets;
    private final BusinessCalendars calendars;
    private final People people;
    private final Clock clock;

    CaseQueries(
            JdbcClient jdbc,
            Cases cases,
            Customers customers,
            CaseTimeline timeline,
            ResolutionActions actions,
            SlaTargets targets,
            BusinessCalendars calendars,
            People people,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.customers = customers;
        this.timeline = timeline;
        this.actions = actions;
        this.targets = targets;
        this.calendars = calendars;
        this.people = people;
        this.clock = clock;
    }

    public List<CaseSummary> queue(CaseFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (filter.open()) {
            where.add("c.status not in ('RESOLVED', 'CLOSED')");
        }
        if (filter.status() != null) {
            where.add("c.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.priority() != null) {
            where.add("c.priority = :priority");
            params.put("priority", filter.priority().name());
        }
        if (filter.topic() != null && !filter.topic().isBlank()) {
            where.add("c.topic = :topic");
            params.put("topic", filter.topic());
        }
        if (filter.channel() != null) {
            where.add("c.channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.type() != null) {
            where.add("c.case_type = :type");
            params.put("type", filter.type().name());
        }
        if ("MINE".equals(filter.owner()) && filter.me() != null) {
            where.add("c.owner_id = :me");
            params.put("me", filter.me());
        } else if ("UNASSIGNED".equals(filter.owner())) {
            where.add("c.owner_id is null");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add(
                    "(lower(c.reference) like :text or lower(c.subject) like :text or lower(u.full_name) like :text)");
            params.put("text", "%" + filter.text().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        new InputCheck().range("limit", filter.limit(), 1, 2000).throwIfAny();
        params.put("limit", filter.limit());
        String sql =
                "select c.*, u.full_name as customer_name from customer_case c join customer u on u.id = c.customer_id"
                        + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by c.opened_at desc limit :limit";
        Instant now = clock.instant();
        BusinessCalendar calendar = calendars.current();
        Map<CaseType, Map<Priority, SlaTargets.Target>> allTargets = targets.all();
        Map<Long, List<Pause>> pauses = pausesOf(params, sql);
        Map<Long, String> names = new HashMap<>();
        List<CaseSummary> found = jdbc.sql(sql)
                .params(params)
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    CaseType type = CaseType.valueOf(rs.getString("case_type"));
                    Priority priority = Priority.valueOf(rs.getString("priority"));
                    SlaTargets.Target target = Optional.ofNullable(
                                    allTargets.getOrDefault(type, Map.of()).get(priority))
                            .orElse(targets.of(type, priority));
                    Instant opened = rs.getTimestamp("opened_at").toInstant();
                    SlaClock first = new SlaClock(
                            calendar,
                            target.firstResponse(),
                            opened,
                            instant(rs, "first_response_at"),
                            pauses.getOrDefault(id, List.of()));
                    SlaClock resolution = new SlaClock(
                            calendar,
                            target.resolution(),
                            opened,
                            instant(rs, "resolved_at"),
                            pauses.getOrDefault(id, List.of()));
                    Long owner = (Long) rs.getObject("owner_id", Long.class);
                    return new CaseSummary(
                            id,
                            rs.getString("reference"),
                            rs.getString("subject"),
                            rs.getString("customer_name"),
                            Channel.valueOf(rs.getString("channel")),
                            type,
                            rs.getString("topic"),
                            priority,
                            CaseStatus.valueOf(rs.getString("status")),
                            owner,
                            owner == null ? null : names.computeIfAbsent(owner, this::employeeName),
                            opened,
                            first.state(now),
                            first.dueAt(now),
                            resolution.state(now),
                            resolution.dueAt(now),
                            instant(rs, "help_requested_at"),
                            rs.getInt("version"));
                })
                .list();
        return found.stream()
                .filter(c ->
                        filter.sla() == null || c.firstResponse() == filter.sla() || c.resolution() == filter.sla())
                .toList();
    }

    public Optional<CaseDetail> detail(long id) {
        return cases.findById(id)
                .map(c -> detailOf(
                        c,
                        customers.findById(c.getCustomerId()).orElseThrow(),
                        timeline.of(c.getId(), false),
                        actions.findByCaseIdOrderByProposedAt(c.getId()),
                        c.getOwnerId() == null ? null : employeeName(c.getOwnerId())));
    }

    /** A case's page from parts already at hand, such as a case just opened, without reading it back. */
    public CaseDetail detailOf(
            CustomerCase c,
            Customer customer,
            List<TimelineEntry> entries,
            List<ResolutionAction> taken,
            String ownerName) {
        SlaTargets.Target target = targets.of(c.getCaseType(), c.getPriority());
        BusinessCalendar calendar = calendars.current();
        SlaClock first =
                new SlaClock(calendar, target.firstResponse(), c.getOpenedAt(), c.getFirstResponseAt(), c.pauses());
        SlaClock resolution =
                new SlaClock(calendar, target.resolution(), c.getOpenedAt(), c.getResolvedAt(), c.pauses());
        Instant now = clock.instant();
        CaseSummary summary = new CaseSummary(
                c.getId(),
                c.getReference(),
                c.getSubject(),
                customer.fullName(),
                c.getChannel(),
                c.getCaseType(),
                c.getTopic(),
                c.getPriority(),
                c.getStatus(),
                c.getOwnerId(),
                ownerName,
                c.getOpenedAt(),
                first.state(now),
                first.dueAt(now),
                resolution.state(now),
                resolution.dueAt(now),
                c.getHelpRequestedAt(),
                c.getVersion());
        return new CaseDetail(c, customer, summary, entries, taken, first, resolution);
    }

    /** A customer's rating of a resolved case. */
    public record Rating(long caseId, String reference, int stars, String comment, Instant ratedAt) {}

    /** The newest ratings first. */
    public List<Rating> recentRatings(int limit) {
        new InputCheck().range("limit", limit, 1, 500).throwIfAny();
        return jdbc.sql(
                        """
                select id, reference, rating, rating_comment, rated_at from customer_case
                where rating is not null order by rated_at desc, id desc limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> new Rating(
                        rs.getLong("id"),
                        rs.getString("reference"),
                        rs.getInt("rating"),
                        rs.getString("rating_comment"),
                        rs.getTimestamp("rated_at").toInstant()))
                .list();
    }

    public List<CaseSummary> helpRequested() {
        return queue(CaseFilter.openCases()).stream()
                .filter(c -> c.helpRequestedAt() != null)
                .sorted(Comparator.comparing(CaseSummary::helpRequestedAt))
                .toList();
    }

    public String employeeName(long id) {
        return people.nameOf(id).orElse("#" + id);
    }

    private Map<Long, List<Pause>> pausesOf(Map<String, Object> params, String casesSql) {
        Map<Long, List<Pause>> pauses = new HashMap<>();
        jdbc.sql(
                        "select p.customer_case, p.from_at, p.to_at from case_pause p where p.customer_case in (select id from ("
                                + casesSql + ") q) order by p.customer_case, p.pause_no")
                .params(params)
                .query(rs -> {
                    Timestamp to = rs.getTimestamp(3);
                    pauses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Pause(rs.getTimestamp(2).toInstant(), to == null ? null : to.toInstant()));
                });
        return pauses;
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
