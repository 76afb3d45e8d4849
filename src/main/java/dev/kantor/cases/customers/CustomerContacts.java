package dev.kantor.cases.customers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.kantor.cases.Channel;
import dev.kantor.people.MeasuredCustomerContact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which employee had contact with a customer, when and how: the measure behind HYBRID. */
@Component
public class CustomerContacts implements MeasuredCustomerContact {

    private final JdbcClient jdbc;

    CustomerContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the employee served the customer of the case, in person or in writing. */
    public void record(long employeeId, long caseId, Channel channel, Instant at) {
        jdbc.sql("insert into customer_contact (employee_id, case_id, at, channel) values (?, ?, ?, ?)")
                .params(employeeId, caseId, Timestamp.from(at), channel.name())
                .update();
    }

    @Override
    public Map<Long, Double> sharesSince(Instant since) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select employee_id, count(*) from customer_contact where at >= ? group by employee_id")
                .param(Timestamp.from(since))
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<Long, Double> shares = new HashMap<>();
        counts.forEach((employee, count) -> shares.put(employee, total == 0 ? 0 : (double) count / total));
        return shares;
    }
}
