package dev.kantor.cases.resolution;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import dev.kantor.cases.ResolutionType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each employee used of their daily authority, one row per employee, kind of action and
 * business day. Claiming is one conditional update in the caller's transaction: the database
 * serialises claims on the same row, so parallel actions, on one node or many, never take the day
 * past its limit, and a transaction that fails later gives its claim back by rolling back.
 */
@Component
class AuthorityDays {

    /** One employee's business day for one kind of action, with the moments it starts and ends. */
    record Day(long employeeId, ResolutionType type, LocalDate date, Instant from, Instant until) {}

    private final JdbcClient jdbc;

    AuthorityDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What was carried out or approved that day so far. */
    long used(Day day) {
        return jdbc.sql("select used from authority_day where employee_id = :employee and action_type = :type "
                        + "and business_day = :day")
                .params(keys(day))
                .query(Long.class)
                .optional()
                .orElseGet(() -> decided(day));
    }

    /**
     * Adds {@code amount} to the day if the day's total stays within {@code maxPerDay}; otherwise
     * changes nothing. Holds the day's row until the caller's transaction ends.
     *
     * @return whether the amount was added
     */
    boolean claim(Day day, long amount, long maxPerDay) {
        long room = maxPerDay - amount;
        if (amount < 0 || room < 0) {
            return false;
        }
        if (add(day, amount, room)) {
            return true;
        }
        // no row yet, or no room: a day's row starts from what was decided that day before it existed
        // (before this table did); of two first claims at once, the second's insert does nothing
        jdbc.sql(
                        """
                insert into authority_day (employee_id, action_type, business_day, used)
                select :employee, :type, :day, coalesce(sum(amount), 0) from resolution_action
                where decided_by = :employee and action_type = :type and state in ('CARRIED_OUT', 'APPROVED')
                  and decided_at >= :from and decided_at < :until
                on conflict do nothing""")
                .params(keys(day))
                .params(moments(day))
                .update();
        return add(day, amount, room);
    }

    /** The one step that decides: the database checks the room and adds the amount together. */
    private boolean add(Day day, long amount, long room) {
        return jdbc.sql(
                                """
                update authority_day set used = used + :amount
                where employee_id = :employee and action_type = :type and business_day = :day and used <= :room""")
                        .params(keys(day))
                        .param("amount", amount)
                        .param("room", room)
                        .update()
                == 1;
    }

    private long decided(Day day) {
        return jdbc.sql(
                        """
                select coalesce(sum(amount), 0) from resolution_action
                where decided_by = :employee and action_type = :type and state in ('CARRIED_OUT', 'APPROVED')
                  and decided_at >= :from and decided_at < :until""")
                .params(keys(day))
                .params(moments(day))
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> keys(Day day) {
        return Map.of("employee", day.employeeId(), "type", day.type().name(), "day", day.date());
    }

    private static Map<String, Object> moments(Day day) {
        return Map.of("from", Timestamp.from(day.from()), "until", Timestamp.from(day.until()));
    }
}
