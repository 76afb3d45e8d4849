package dev.kantor.routing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/** Who is present, and how many handoffs wait for each person's answer: part of how loaded they are. */
@Component
class HandoffLoad {

    /** Someone's presence and how many handoffs wait for their answer. */
    record PresenceAndOffers(Presence presence, int offers) {
    }

    private final JdbcClient jdbc;

    HandoffLoad(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Presence and waiting handoffs of these people in one statement (both are routing's own
     * tables): "who can help" asks it for everyone qualified, up to a thousand people and more.
     * Those never present are off duty.
     */
    Map<Long, PresenceAndOffers> presenceAndOffers(Collection<Long> employeeIds) {
        Map<Long, PresenceAndOffers> found = new HashMap<>();
        if (!employeeIds.isEmpty()) {
            jdbc.sql("""
                    select p.*, (select count(*) from handoff h where h.state = 'OFFERED' and h.offered_to = p.employee_id)
                        as offers
                    from presence p where p.employee_id = any(:ids)""")
                    .param("ids", new SqlArrayValue("bigint", employeeIds.toArray()))
                    .query(rs -> {
                        Presence presence = PresenceBoard.presence(rs);
                        found.put(presence.employeeId(), new PresenceAndOffers(presence, rs.getInt("offers")));
                    });
        }
        employeeIds.forEach(id -> found.putIfAbsent(id, new PresenceAndOffers(Presence.offDuty(id), 0)));
        return found;
    }
}
