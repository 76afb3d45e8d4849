package dev.kantor.reporting.frontoffice;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kantor.platform.InputCheck;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front-office manager's figures, read from reporting's day roll-ups (one grouped statement per
 * table), and the cases behind a figure, read from reporting's case lines.
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

    FrontOfficeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every table of the dashboard, in the order the page shows them. */
    public List<FigureTable> all(FigureFilter filter) {
        return List.of(
                targets(filter, "topic"),
                targets(filter, "channel"),
                firstContact(filter),
                complaints(filter),
                satisfaction(filter),
                authority(filter),
                handoffs(filter));
    }

    /** One table by its id: only its own statement is run. */
    public FigureTable table(String id, FigureFilter filter) {
        return switch (id) {
            case "targets-by-topic" -> targets(filter, "topic");
            case "targets-by-channel" -> targets(filter, "channel");
            case "first-contact" -> firstContact(filter);
            case "complaints" -> complaints(filter);
            case "satisfaction" -> satisfaction(filter);
            case "authority" -> authority(filter);
            case "handoffs" -> handoffs(filter);
            default -> throw dev.kantor.platform.KantorException.notFound("reporting.table.unknown");
        };
    }

    /** Service targets met and breached per topic or channel, with the share met of those decided. */
    FigureTable targets(FigureFilter filter, String by) {
        List<FigureTable.Row> rows = new ArrayList<>();
        for (Sums s : sums(
                filter,
                List.of(by),
                "opened",
                "responded_met",
                "responded_breached",
                "resolved_met",
                "resolved_breached")) {
            rows.add(new FigureTable.Row(
                    s.labels(),
                    List.of(
                            s.value(0),
                            s.value(1),
                            s.value(2),
                            share(s.value(1), s.value(1) + s.value(2)),
                            s.value(3),
                            s.value(4),
                            share(s.value(3), s.value(3) + s.value(4)))));
        }
        return new FigureTable(
                "targets-by-" + by,
                List.of(by),
                List.of(
                        "opened",
                        "responded_met",
                        "responded_breached",
                        "response_share",
                        "resolved_met",
                        "resolved_breached",
                        "resolution_share"),
                rows);
    }

    /** Cases resolved, and resolved without the customer having to write again, per channel. */
    FigureTable firstContact(FigureFilter filter) {
        List<FigureTable.Row> rows = new ArrayList<>();
        for (Sums s : sums(filter, List.of("channel"), "resolved", "first_contact")) {
            rows.add(new FigureTable.Row(s.labels(), List.of(s.value(0), s.value(1), share(s.value(1), s.value(0)))));
        }
        return new FigureTable(
                "first-contact", List.of("channel"), List.of("resolved", "first_contact", "first_contact_share"), rows);
    }

    /** Complaints per topic and outcome (the resolution that took effect, or none). */
    FigureTable complaints(FigureFilter filter) {
        List<FigureTable.Row> rows = new ArrayList<>();
        for (Sums s : sums(filter.complaintsOnly(), List.of("topic", "outcome"), "complaints")) {
            rows.add(new FigureTable.Row(s.labels(), List.of(s.value(0))));
        }
        return new FigureTable("complaints", List.of("topic", "outcome"), List.of("complaints"), rows);
    }

    /** Ratings and their mean per office of whoever served: customers should not feel the difference. */
    FigureTable satisfaction(FigureFilter filter) {
        List<FigureTable.Row> rows = new ArrayList<>();
        for (Sums s : sums(filter, List.of("office"), "rated", "rating_sum")) {
            rows.add(new FigureTable.Row(
                    s.labels(), List.of(s.value(0), s.value(0) == 0 ? 0 : round(s.value(1) / s.value(0)))));
        }
        return new FigureTable("satisfaction", List.of("office"), List.of("rated", "average_stars"), rows);
    }

    /** Resolution actions within the proposer's authority and sent for approval, per topic. */
    FigureTable authority(FigureFilter filter) {
        List<FigureTable.Row> rows = new ArrayList<>();
        for (Sums s : sums(filter, List.of("topic"), "within_authority", "sent_for_approval")) {
            if (s.value(0) + s.value(1) > 0) {
                rows.add(new FigureTable.Row(
                        s.labels(), List.of(s.value(0), s.value(1), share(s.value(0), s.value(0) + s.value(1)))));
            }
        }
        return new FigureTable(
                "authority", List.of("topic"), List.of("within_authority", "sent_for_approval", "within_share"), rows);
    }

    /** Handoffs per day they started: the share accepted, the mean minutes to accept, the share queued. */
    FigureTable handoffs(FigureFilter filter) {
        FigureFilter.Where where = filter.where(false);
        List<FigureTable.Row> rows = jdbc.sql(
                        "select on_day, started, accepted, accept_seconds, queued from reporting_handoff_day"
                                + where.sql() + " order by on_day")
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

    private record Sums(List<String> labels, List<Double> values) {
        double value(int i) {
            return values.get(i);
        }
    }

    private List<Sums> sums(FigureFilter filter, List<String> dimensions, String... measures) {
        FigureFilter.Where where = filter.where(true);
        String groups = String.join(", ", dimensions);
        String sums = List.of(measures).stream().map(m -> "sum(" + m + ")").collect(Collectors.joining(", "));
        String sql = "select " + groups + ", " + sums + " from reporting_service_day" + where.sql()
                + filter.extraCondition() + " group by " + groups + " order by " + groups;
        return jdbc.sql(sql)
                .params(where.params())
                .query((rs, n) -> {
                    List<String> labels = new ArrayList<>();
                    for (int i = 1; i <= dimensions.size(); i++) {
                        labels.add(rs.getString(i));
                    }
                    List<Double> values = new ArrayList<>();
                    for (int i = 0; i < measures.length; i++) {
                        values.add((double) rs.getLong(dimensions.size() + 1 + i));
                    }
                    return new Sums(labels, values);
                })
                .list();
    }

    /** A share in percent, to one decimal; 0 of nothing. */
    static double share(double part, double whole) {
        return whole == 0 ? 0 : round(100 * part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
