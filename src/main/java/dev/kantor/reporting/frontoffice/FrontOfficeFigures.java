package dev.kantor.reporting.frontoffice;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.platform.InputCheck;
import dev.kantor.reporting.rollup.CaseLine;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front-office manager's figures, read from reporting's month and day roll-ups (one grouped statement
 * for every case table, one for handoffs), and the cases behind a figure, read from reporting's case lines.
 */
@Service
@Transactional(readOnly = true)
public class FrontOfficeFigures {

    /** The most cases a drill-down lists. */
    public static final int MOST_CASES = 500;

    /** A case behind a figure. */
    public record DrilledCase(
            long caseId,
            String reference,
            LocalDate day,
            String topic,
            String channel,
            String office,
            long employeeId) {}

    private final JdbcClient jdbc;
    private final WorkQueues queues;

    FrontOfficeFigures(JdbcClient jdbc, WorkQueues queues) {
        this.jdbc = jdbc;
        this.queues = queues;
    }

    /** Every table of the dashboard, in the order the page shows them: two statements in all. */
    public List<FigureTable> all(FigureFilter filter) {
        ServiceSums sums = sums(filter);
        return List.of(
                targets(sums, "topic"),
                targets(sums, "channel"),
                targetsByQueue(sums),
                firstContact(sums),
                complaints(sums),
                satisfaction(sums),
                authority(sums),
                handoffs(filter));
    }

    /** One table by its id: one statement. */
    public FigureTable table(String id, FigureFilter filter) {
        return switch (id) {
            case "targets-by-topic" -> targets(sums(filter), "topic");
            case "targets-by-channel" -> targets(sums(filter), "channel");
            case "targets-by-queue" -> targetsByQueue(sums(filter));
            case "first-contact" -> firstContact(sums(filter));
            case "complaints" -> complaints(sums(filter));
            case "satisfaction" -> satisfaction(sums(filter));
            case "authority" -> authority(sums(filter));
            case "handoffs" -> handoffs(filter);
            default -> throw dev.kantor.platform.KantorException.notFound("reporting.table.unknown");
        };
    }

    private static final List<String> TARGET_COLUMNS = List.of(
            "opened",
            "responded_met",
            "responded_breached",
            "response_share",
            "resolved_met",
            "resolved_breached",
            "resolution_share");

    /** Service targets met and breached per topic or channel, with the share met of those decided. */
    FigureTable targets(ServiceSums sums, String by) {
        List<FigureTable.Row> rows = new ArrayList<>();
        sums.by(group -> List.of(group.label(by))).forEach((labels, m) -> rows.add(targetRow(labels, m)));
        return new FigureTable("targets-by-" + by, List.of(by), TARGET_COLUMNS, rows);
    }

    /**
     * Service targets per work queue (by its name), each queue counting the cases of the channels it takes;
     * queues with no case in the period are left out.
     */
    FigureTable targetsByQueue(ServiceSums sums) {
        List<FigureTable.Row> rows = new ArrayList<>();
        List<QueueSummary> all = new ArrayList<>(queues.all());
        all.sort(java.util.Comparator.comparing(QueueSummary::name, String.CASE_INSENSITIVE_ORDER));
        for (QueueSummary queue : all) {
            List<String> channels = QueueChannels.of(queue.channel());
            long[] m = sums.total(group -> channels.contains(group.channel()));
            if (m[ServiceSums.at("opened")] > 0) {
                rows.add(targetRow(List.of(queue.name()), m));
            }
        }
        return new FigureTable("targets-by-queue", List.of("queue"), TARGET_COLUMNS, rows);
    }

    private static FigureTable.Row targetRow(List<String> labels, long[] m) {
        double respondedMet = m[ServiceSums.at("responded_met")];
        double respondedBreached = m[ServiceSums.at("responded_breached")];
        double resolvedMet = m[ServiceSums.at("resolved_met")];
        double resolvedBreached = m[ServiceSums.at("resolved_breached")];
        return new FigureTable.Row(
                labels,
                List.of(
                        (double) m[ServiceSums.at("opened")],
                        respondedMet,
                        respondedBreached,
                        share(respondedMet, respondedMet + respondedBreached),
                        resolvedMet,
                        resolvedBreached,
                        share(resolvedMet, resolvedMet + resolvedBreached)));
    }

    /** Cases resolved, and resolved without the customer having to write again, per channel. */
    FigureTable firstContact(ServiceSums sums) {
        List<FigureTable.Row> rows = new ArrayList<>();
        sums.by(group -> List.of(group.channel())).forEach((labels, m) -> {
            double resolved = m[ServiceSums.at("resolved")];
            double first = m[ServiceSums.at("first_contact")];
            rows.add(new FigureTable.Row(labels, List.of(resolved, first, share(first, resolved))));
        });
        return new FigureTable(
                "first-contact", List.of("channel"), List.of("resolved", "first_contact", "first_contact_share"), rows);
    }

    /** Complaints per topic and outcome (the resolution that took effect, or none). */
    FigureTable complaints(ServiceSums sums) {
        List<FigureTable.Row> rows = new ArrayList<>();
        sums.by(group -> CaseLine.NOT_A_COMPLAINT.equals(group.outcome())
                        ? null
                        : List.of(group.topic(), group.outcome()))
                .forEach((labels, m) ->
                        rows.add(new FigureTable.Row(labels, List.of((double) m[ServiceSums.at("complaints")]))));
        return new FigureTable("complaints", List.of("topic", "outcome"), List.of("complaints"), rows);
    }

    /** Ratings and their mean per office of whoever served: customers should not feel the difference. */
    FigureTable satisfaction(ServiceSums sums) {
        List<FigureTable.Row> rows = new ArrayList<>();
        sums.by(group -> List.of(group.office())).forEach((labels, m) -> {
            double rated = m[ServiceSums.at("rated")];
            double stars = m[ServiceSums.at("rating_sum")];
            rows.add(new FigureTable.Row(labels, List.of(rated, rated == 0 ? 0 : round(stars / rated))));
        });
        return new FigureTable("satisfaction", List.of("office"), List.of("rated", "average_stars"), rows);
    }

    /** Resolution actions within the proposer's authority and sent for approval, per topic. */
    FigureTable authority(ServiceSums sums) {
        List<FigureTable.Row> rows = new ArrayList<>();
        sums.by(group -> List.of(group.topic())).forEach((labels, m) -> {
            double within = m[ServiceSums.at("within_authority")];
            double sent = m[ServiceSums.at("sent_for_approval")];
            if (within + sent > 0) {
                rows.add(new FigureTable.Row(labels, List.of(within, sent, share(within, within + sent))));
            }
        });
        return new FigureTable(
                "authority", List.of("topic"), List.of("within_authority", "sent_for_approval", "within_share"), rows);
    }

    /**
     * Handoffs per day they started: the share accepted, the mean minutes to accept, the share queued; under
     * the filter's topic and channel (of the handoff's case), department (of whoever handed over) and queue.
     */
    FigureTable handoffs(FigureFilter filter) {
        FigureFilter.Where where = filter.where(true);
        List<FigureTable.Row> rows = jdbc.sql(
                        "select on_day, sum(started), sum(accepted), sum(accept_seconds), sum(queued)"
                                + " from reporting_handoff_day" + where.sql() + " group by on_day order by on_day")
                .params(where.params())
                .query((rs, n) -> {
                    double started = rs.getLong(2);
                    double accepted = rs.getLong(3);
                    double queued = rs.getLong(5);
                    return new FigureTable.Row(
                            List.of(rs.getDate(1).toLocalDate().toString()),
                            List.of(
                                    started,
                                    accepted,
                                    share(accepted, started),
                                    accepted == 0 ? 0 : round(rs.getLong(4) / 60.0 / accepted),
                                    queued,
                                    share(queued, started)));
                })
                .list();
        return new FigureTable(
                "handoffs",
                List.of("day"),
                List.of("started", "accepted", "accepted_share", "minutes_to_accept", "queued", "queued_share"),
                rows);
    }

    /**
     * The cases counted in one measure under the filter, narrowed by the labels of the row the figure
     * stood in; newest first, at most {@value #MOST_CASES}.
     */
    public List<DrilledCase> cases(FigureFilter filter, String measure, Map<String, String> labels) {
        new InputCheck()
                .that(DrillDown.MEASURES.contains(measure), "measure", "reporting.validation.measure")
                .that(DrillDown.DIMENSIONS.containsAll(labels.keySet()), "measure", "reporting.validation.measure")
                .throwIfAny();
        FigureFilter.Where where = filter.where(true);
        StringBuilder sql = new StringBuilder(
                "select case_id, reference, on_day, topic, channel, office, employee_id from reporting_case");
        sql.append(where.sql()).append(" and ").append(measure).append(" > 0");
        Map<String, Object> params = new HashMap<>(where.params());
        labels.forEach((dimension, value) -> {
            if ("queue".equals(dimension)) {
                List<String> channels = queues.all().stream()
                        .filter(q -> q.name().equals(value))
                        .findFirst()
                        .map(q -> QueueChannels.of(q.channel()))
                        .orElse(List.of());
                sql.append(channels.isEmpty() ? " and 1 = 0" : " and channel in (:l_queue)");
                params.put("l_queue", channels);
                return;
            }
            sql.append(" and ")
                    .append("day".equals(dimension) ? "on_day" : dimension)
                    .append(" = :l_")
                    .append(dimension);
            params.put("l_" + dimension, "day".equals(dimension) ? Date.valueOf(LocalDate.parse(value)) : value);
        });
        sql.append(" order by on_day desc, case_id desc limit ").append(MOST_CASES);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new DrilledCase(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7)))
                .list();
    }

    /**
     * Every measure summed per topic, channel, office and complaint outcome under the filter, in one statement:
     * the whole months inside the period from the month roll-up, the days at its edges from the day roll-up.
     */
    ServiceSums sums(FigureFilter filter) {
        Period period = Period.of(filter.from(), filter.to());
        FigureFilter.Where dimensions = filter.dimensions();
        Map<String, Object> params = new HashMap<>(dimensions.params());
        List<String> parts = new ArrayList<>();
        if (period.months() != null) {
            parts.add(ServiceSums.select("reporting_service_month", "on_month", "m", dimensions.sql()));
            params.put("m_from", Date.valueOf(period.months().from()));
            params.put("m_to", Date.valueOf(period.months().to()));
        }
        for (int i = 0; i < period.days().size(); i++) {
            parts.add(ServiceSums.select("reporting_service_day", "on_day", "d" + i, dimensions.sql()));
            params.put("d" + i + "_from", Date.valueOf(period.days().get(i).from()));
            params.put("d" + i + "_to", Date.valueOf(period.days().get(i).to()));
        }
        String sql = parts.size() == 1
                ? parts.get(0)
                : "select " + ServiceSums.GROUPS + ", " + ServiceSums.SUMS + " from ("
                        + String.join(" union all ", parts) + ") periods group by " + ServiceSums.GROUPS;
        return new ServiceSums(
                jdbc.sql(sql).params(params).query(ServiceSums::group).list());
    }

    /** A share in percent, to one decimal; 0 of nothing. */
    static double share(double part, double whole) {
        return whole == 0 ? 0 : round(100 * part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
