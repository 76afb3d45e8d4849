package dev.kantor.cases.customers;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The customer beside a case: who they are, their other cases and how they rated the service. */
@Component
@Transactional(readOnly = true)
public class CustomerPanel {

    /** How many earlier cases the panel lists; the queue's search finds the rest. */
    static final int SHOWN = 10;

    /** Another case of the same customer. */
    public record OtherCase(
            long id, String reference, String subject, String status, Integer rating, Instant openedAt) {}

    /**
     * @param otherCases their other cases, newest first, at most {@link #SHOWN}
     * @param casesInAll how many cases they have, this one included
     * @param ratings    how many of their cases they rated
     * @param averageRating their average rating, or null when they never rated
     */
    public record Panel(
            Customer customer, List<OtherCase> otherCases, long casesInAll, long ratings, Double averageRating) {

        /** The average rating with one decimal, as the panel shows it. */
        public String average() {
            return averageRating == null ? null : String.format(java.util.Locale.ROOT, "%.1f", averageRating);
        }
    }

    private final JdbcClient jdbc;
    private final Customers customers;

    CustomerPanel(JdbcClient jdbc, Customers customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    public Panel of(long customerId, long caseId) {
        Customer customer = customers.findById(customerId).orElseThrow();
        List<OtherCase> others = jdbc.sql(
                        """
                        select id, reference, subject, status, rating, opened_at from customer_case
                        where customer_id = ? and id <> ? order by opened_at desc, id desc limit ?""")
                .params(customerId, caseId, SHOWN)
                .query((rs, row) -> new OtherCase(
                        rs.getLong("id"),
                        rs.getString("reference"),
                        rs.getString("subject"),
                        rs.getString("status"),
                        (Integer) rs.getObject("rating", Integer.class),
                        rs.getTimestamp("opened_at").toInstant()))
                .list();
        return jdbc.sql(
                        """
                        select count(*) as cases, count(rating) as ratings, avg(cast(rating as double precision)) as average
                        from customer_case where customer_id = ?""")
                .param(customerId)
                .query((rs, row) -> new Panel(customer, others, rs.getLong("cases"), rs.getLong("ratings"), (Double)
                        rs.getObject("average", Double.class)))
                .single();
    }
}
