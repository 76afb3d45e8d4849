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
        return find(text, 0, 20, false, false);
    }

    /**
     * One page of the customers whose name, e-mail address or phone number holds the text (two
     * characters at least; every customer without one), by name or by id (the order they came in).
     */
    public List<Customer> find(String text, long offset, int limit, boolean byId, boolean descending) {
        if (text != null && !text.isBlank() && text.strip().length() < 2) {
            return List.of();
        }
        String direction = descending ? " desc" : "";
        String order =
                byId ? " order by id" + direction : " order by lower(full_name)" + direction + ", id" + direction;
        return jdbc.sql("select * from customer" + where(text) + order + " limit :limit offset :offset")
                .params(params(text))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> Customer.of(rs))
                .list();
    }

    /** How many customers {@link #find(String, long, int, boolean, boolean)} finds in all. */
    public long count(String text) {
        if (text != null && !text.isBlank() && text.strip().length() < 2) {
            return 0;
        }
        return jdbc.sql("select count(*) from customer" + where(text))
                .params(params(text))
                .query(Long.class)
                .single();
    }

    private static String where(String text) {
        return text == null || text.isBlank()
                ? ""
                : " where lower(full_name) like :like or lower(email) like :like or phone like :like";
    }

    private static java.util.Map<String, Object> params(String text) {
        return text == null || text.isBlank()
                ? java.util.Map.of()
                : java.util.Map.of("like", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
    }
}
