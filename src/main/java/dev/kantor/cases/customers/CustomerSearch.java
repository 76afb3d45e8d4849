package dev.kantor.cases.customers;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds customers by what was typed, so that a returning customer is found rather than entered again. */
@Component
@Transactional(readOnly = true)
public class CustomerSearch {

    private final JdbcClient jdbc;

    CustomerSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Customers whose name, e-mail address or phone number contains the text; none for less than two characters. */
    public List<Customer> find(String text) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        String like = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        return jdbc.sql(
                        """
                select * from customer where lower(full_name) like :like or lower(email) like :like or phone like :like
                order by full_name limit 20""")
                .param("like", like)
                .query((rs, row) -> Customer.of(rs))
                .list();
    }
}
