package dev.kantor.reporting.frontoffice;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What a dashboard counts: the days from and to (both included) and, each optional, the serving
 * department, the topic and the channel.
 */
public record FigureFilter(
        LocalDate from, LocalDate to, Long departmentId, String topic, String channel, boolean complaints) {

    public FigureFilter(LocalDate from, LocalDate to, Long departmentId, String topic, String channel) {
        this(from, to, departmentId, topic, channel, false);
    }

    /** The longest period one dashboard counts: two years of days. */
    public static final int MOST_DAYS = 731;

    /** The same filter for one department only. */
    public FigureFilter inDepartment(long id) {
        return new FigureFilter(from, to, id, topic, channel, complaints);
    }

    /** The same filter for complaints only. */
    FigureFilter complaintsOnly() {
        return new FigureFilter(from, to, departmentId, topic, channel, true);
    }

    /** A condition to add to {@link #where(boolean)} over the service roll-up. */
    String extraCondition() {
        return complaints ? " and case_type = 'COMPLAINT'" : "";
    }

    /** A where clause over reporting's tables with these conditions, and its parameters. */
    record Where(String sql, Map<String, Object> params) {}

    Where where(boolean withCaseDimensions) {
        StringBuilder sql = new StringBuilder(" where on_day between :from and :to");
        Map<String, Object> params = new HashMap<>();
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        if (withCaseDimensions) {
            if (departmentId != null) {
                sql.append(" and department_id = :department");
                params.put("department", departmentId);
            }
            if (topic != null) {
                sql.append(" and topic = :topic");
                params.put("topic", topic);
            }
            if (channel != null) {
                sql.append(" and channel = :channel");
                params.put("channel", channel);
            }
        }
        return new Where(sql.toString(), params);
    }
}
