package dev.kantor.cases.work;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
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
import dev.kantor.cases.views.QueueOrder;
import dev.kantor.cases.views.SortColumn;
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

    /** The most cases one page of a queue holds. */
    public static final int MAX_LIMIT = 2000;
    /** The most matching cases a queue sorts in memory (see {@link #queue(CaseFilter, QueueOrder, int)}). */
    public static final int MAX_SCAN = 2000;

    static final int MAX_OFFSET = 1_000_000;

    private static final String SELECT_CASES = "select c.*, u.full_name as customer_name";
    private static final String FROM_CASES = " from customer_case c join customer u on u.id = c.customer_id";

    /**
     * What each column sorts by in the database: statuses in the order a case lives them, priorities
     * from low to urgent. The owner and the next target due are sorted in memory (names are the people
     * module's, service clocks run on the business calendar).
     */
    private static final Map<SortColumn, String> SORTED_BY = Map.of(
            SortColumn.REFERENCE, "c.reference",
            SortColumn.SUBJECT, "c.subject",
            SortColumn.CUSTOMER, "u.full_name",
            SortColumn.STATUS, rank("c.status", CaseStatus.values()),
            SortColumn.PRIORITY, rank("c.priority", Priority.values()),
            SortColumn.OPENED, "c.opened_at");

    /** The calendar, targets and moment every case of one queue page is measured with. */
    private record Clocks(
            BusinessCalendar calendar, Map<CaseType, Map<Priority, SlaTargets.Target>> targets, Instant now) {}

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

    /** The newest cases that pass the filter, at most its limit. */
    public List<CaseSummary> queue(CaseFilter filter) {
        return queue(filter, QueueOrder.NEWEST_FIRST, 0).cases();
    }

    /**
     * One page of the queue: the cases that pass the filter in this order, from {@code offset} on,
     * at most the filter's limit, and how many pass in all. One statement reads the page and counts
     * the matching cases, one more their pauses. An order or a filter that needs every case's
     * service clocks (the next target due, the owner's name, a service target's state) reads the
     * newest {@value #MAX_SCAN} matching cases instead, and sorts and counts those.
     */
    public QueuePage queue(CaseFilter filter, QueueOrder order, int offset) {
        new InputCheck()
                .range("limit", filter.limit(), 1, MAX_LIMIT)
                .range("offset", offset, 0, MAX_OFFSET)
                .throwIfAny();
        QueueConditions where = QueueConditions.of(filter);
        Clocks clocks = new Clocks(calendars.current(), targets.all(), clock.instant());
        boolean everyCase = filter.sla() != null || order.by() == SortColumn.DUE || order.by() == SortColumn.OWNER;
        if (!everyCase) {
            String direction = order.ascending() ? " asc" : " desc";
            Map<String, Object> params = new HashMap<>(where.params());
            params.put("limit", filter.limit());
            params.put("offset", offset);
            List<QueueRow> rows = jdbc.sql(SELECT_CASES + ", count(*) over () as matching" + FROM_CASES + where.sql()
                            + " order by " + SORTED_BY.get(order.by()) + direction + ", c.id" + direction
                            + " limit :limit offset :offset")
                    .params(params)
                    .query((rs, n) -> QueueRow.of(rs, rs.getInt("matching")))
                    .list();
            int total = !rows.isEmpty() ? rows.get(0).matching() : offset == 0 ? 0 : count(where);
            Map<Long, List<Pause>> pauses = pausesOf(rows);
            List<CaseSummary> cases =
                    rows.stream().map(r -> summary(r, pauses, clocks).summary()).toList();
            return new QueuePage(cases, total, offset, filter.limit());
        }
        List<QueueRow> rows = jdbc.sql(SELECT_CASES + FROM_CASES + where.sql()
                        + " order by c.opened_at desc, c.id desc limit " + MAX_SCAN)
                .params(where.params())
                .query((rs, n) -> QueueRow.of(rs, 0))
                .list();
        Map<Long, List<Pause>> pauses = pausesOf(rows);
        List<CaseSummary> matching = rows.stream()
                .map(r -> summary(r, pauses, clocks))
                .filter(c -> filter.sla() == null
                        || c.summary().firstResponse() == filter.sla()
                        || c.summary().resolution() == filter.sla())
                .sorted(QueueComparators.of(order))
                .map(Clocked::summary)
                .toList();
        int from = Math.min(offset, matching.size());
        int to = Math.min(offset + filter.limit(), matching.size());
        return new QueuePage(matching.subList(from, to), matching.size(), offset, filter.limit());
    }

    /** A case with the business time left until its next running service target, for sorting by it. */
    record Clocked(CaseSummary summary, Duration nextTargetLeft) {}

    private Clocked summary(QueueRow r, Map<Long, List<Pause>> pauses, Clocks clocks) {
        SlaTargets.Target target = Optional.ofNullable(
                        clocks.targets().getOrDefault(r.type(), Map.of()).get(r.priority()))
                .orElse(targets.of(r.type(), r.priority()));
        List<Pause> waited = pauses.getOrDefault(r.id(), List.of());
        SlaClock first =
                new SlaClock(clocks.calendar(), target.firstResponse(), r.openedAt(), r.firstResponseAt(), waited);
        SlaClock resolution =
                new SlaClock(clocks.calendar(), target.resolution(), r.openedAt(), r.resolvedAt(), waited);
        Instant now = clocks.now();
        CaseSummary summary = new CaseSummary(
                r.id(),
                r.reference(),
                r.subject(),
                r.customerName(),
                r.channel(),
                r.type(),
                r.topic(),
                r.priority(),
                r.status(),
                r.ownerId(),
                r.ownerId() == null ? null : employeeName(r.ownerId()),
                r.openedAt(),
                first.state(now),
                first.dueAt(now),
                resolution.state(now),
                resolution.dueAt(now),
                r.helpRequestedAt(),
                r.version());
        return new Clocked(summary, nextLeft(now, first, resolution));
    }

    /** The least business time left of the targets whose clocks run; negative once breached, null when none runs. */
    private static Duration nextLeft(Instant now, SlaClock... clocks) {
        Duration next = null;
        for (SlaClock c : clocks) {
            if (c.stopped() == null && !c.paused()) {
                Duration left = c.left(now);
                next = next == null || left.compareTo(next) < 0 ? left : next;
            }
        }
        return next;
    }

    private int count(QueueConditions where) {
        return jdbc.sql("select count(*)" + FROM_CASES + where.sql())
                .params(where.params())
                .query(Integer.class)
                .single();
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
    /** The customers' ratings, newest first, from offset on, at most limit of them. */
    public List<Rating> ratings(long offset, int limit) {
        return jdbc.sql(
                        """
                select id, reference, rating, rating_comment, rated_at from customer_case
                where rating is not null order by rated_at desc, id desc limit :limit offset :offset""")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new Rating(
                        rs.getLong("id"),
                        rs.getString("reference"),
                        rs.getInt("rating"),
                        rs.getString("rating_comment"),
                        rs.getTimestamp("rated_at").toInstant()))
                .list();
    }

    /** How many cases the customer rated. */
    public long countRatings() {
        return jdbc.sql("select count(*) from customer_case where rating is not null")
                .query(Long.class)
                .single();
    }

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

    /** A column holding enum names, as each name's position in the enum. */
    private static String rank(String column, Enum<?>... values) {
        StringBuilder sql = new StringBuilder("case ").append(column);
        for (Enum<?> value : values) {
            sql.append(" when '").append(value.name()).append("' then ").append(value.ordinal());
        }
        return sql.append(" end").toString();
    }

    private Map<Long, List<Pause>> pausesOf(List<QueueRow> rows) {
        Map<Long, List<Pause>> pauses = new HashMap<>();
        if (rows.isEmpty()) {
            return pauses;
        }
        jdbc.sql("select p.customer_case, p.from_at, p.to_at from case_pause p where p.customer_case in (:ids)"
                        + " order by p.customer_case, p.pause_no")
                .param("ids", rows.stream().map(QueueRow::id).toList())
                .query(rs -> {
                    Timestamp to = rs.getTimestamp(3);
                    pauses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Pause(rs.getTimestamp(2).toInstant(), to == null ? null : to.toInstant()));
                });
        return pauses;
    }
}
