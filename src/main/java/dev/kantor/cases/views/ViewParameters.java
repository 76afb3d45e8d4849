package dev.kantor.cases.views;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.sla.SlaState;
import dev.kantor.platform.web.EnumParameters;

/**
 * A view's filters and order as the queue's address writes them ({@code ?owner=MINE&priority=URGENT&sort=opened&dir=asc}),
 * read leniently: a value Kantor does not know means "any", as a hand-edited address deserves.
 */
public record ViewParameters(
        String status,
        String priority,
        String topic,
        String channel,
        String type,
        String sla,
        String owner,
        String q,
        String sort,
        String dir) {

    public ViewCriteria criteria() {
        SortColumn column = EnumParameters.parse(SortColumn.class, sort);
        return new ViewCriteria(
                EnumParameters.parse(CaseStatus.class, status),
                EnumParameters.parse(Priority.class, priority),
                topic,
                EnumParameters.parse(Channel.class, channel),
                EnumParameters.parse(CaseType.class, type),
                EnumParameters.parse(SlaState.class, sla),
                EnumParameters.parse(OwnerScope.class, owner),
                q,
                column == null ? null : new QueueOrder(column, EnumParameters.parse(SortDirection.class, dir)));
    }

    /** Whether the address says anything about filters or order. */
    public boolean isEmpty() {
        return java.util.stream.Stream.of(status, priority, topic, channel, type, sla, owner, q, sort, dir)
                .allMatch(v -> v == null);
    }

    /** The parameters that write these criteria, in the order the filter form has them. */
    public static Map<String, String> of(ViewCriteria c) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", c.text());
        put(p, "owner", c.owner());
        put(p, "status", c.status());
        put(p, "priority", c.priority());
        put(p, "topic", c.topic());
        put(p, "channel", c.channel());
        put(p, "type", c.type());
        put(p, "sla", c.sla());
        p.put("sort", c.order().by().parameter());
        p.put("dir", c.order().direction().parameter());
        return p;
    }

    private static void put(Map<String, String> p, String name, Object value) {
        if (value instanceof Enum<?> e) {
            p.put(name, e.name());
        } else if (value != null) {
            p.put(name, value.toString());
        }
    }
}
