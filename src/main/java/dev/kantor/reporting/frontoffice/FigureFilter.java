package dev.kantor.reporting.frontoffice;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a dashboard counts: the days from and to (both included) and, each optional, the serving
 * department, the topic, the channel and the work queue (counted as the case channels it takes, see
 * {@link QueueChannels}).
 *
 * @param queueId       the work queue asked for, or null
 * @param queueChannels the case channels of that queue (empty when none is asked for)
 */
public record FigureFilter(
        LocalDate from,
        LocalDate to,
        Long departmentId,
        String topic,
        String channel,
        Long queueId,
        List<String> queueChannels) {

    public FigureFilter {
        queueChannels = queueChannels == null ? List.of() : List.copyOf(queueChannels);
    }

    public FigureFilter(LocalDate from, LocalDate to, Long departmentId, String topic, String channel) {
        this(from, to, departmentId, topic, channel, null, List.of());
    }

    /** The longest period one dashboard counts: two years of days. */
    public static final int MOST_DAYS = 731;

    /** The same filter for one department only. */
    public FigureFilter inDepartment(long id) {
        return new FigureFilter(from, to, id, topic, channel, queueId, queueChannels);
    }

    /** The same filter for one work queue only, counted as the case channels it takes. */
    public FigureFilter inQueue(long id, List<String> channels) {
        return new FigureFilter(from, to, departmentId, topic, channel, id, channels);
    }

    /** A where clause over reporting's tables with these conditions, and its parameters. */
    record Where(String sql, Map<String, Object> params) {}

    /** The period on {@code on_day} and, when asked, the case dimensions. */
    Where where(boolean withCaseDimensions) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        String sql = " where on_day between :from and :to";
        if (withCaseDimensions) {
            Where dimensions = dimensions();
            sql += dimensions.sql();
            params.putAll(dimensions.params());
        }
        return new Where(sql, params);
    }

    /** The case dimensions only, each starting with " and ": department, topic, channel, queue. */
    Where dimensions() {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
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
        if (queueId != null) {
            if (queueChannels.isEmpty()) {
                sql.append(" and 1 = 0");
            } else {
                sql.append(" and channel in (:queue_channels)");
                params.put("queue_channels", queueChannels);
            }
        }
        return new Where(sql.toString(), params);
    }
}
