package dev.kantor.routing.handoffs;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import dev.kantor.routing.helpers.OffersWaiting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/** Handoffs waiting for each person's answer: part of how loaded they are, when "who can help" ranks them. */
@Component
class HandoffLoad implements OffersWaiting {

    private final JdbcClient jdbc;

    HandoffLoad(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Integer> openOffersTo(Collection<Long> employeeIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!employeeIds.isEmpty()) {
            jdbc.sql("select offered_to, count(*) from handoff where state = 'OFFERED' and offered_to = any(:ids) "
                            + "group by offered_to")
                    .param("ids", new SqlArrayValue("bigint", employeeIds.toArray()))
                    .query(rs -> {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return counts;
    }
}
