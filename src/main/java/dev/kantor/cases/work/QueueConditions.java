package dev.kantor.cases.work;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A queue filter as the {@code where} of its statement, with the values it binds. */
record QueueConditions(String sql, Map<String, Object> params) {

    /** The service-target state is no column: the queue checks it once the clocks are measured. */
    static QueueConditions of(CaseFilter filter) {
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
            params.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        return new QueueConditions(where.isEmpty() ? "" : " where " + String.join(" and ", where), Map.copyOf(params));
    }
}
