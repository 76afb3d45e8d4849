package dev.kantor.scheduling.mine;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.scheduling.mine.PublishedShift.PublishedBreak;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One person's published shifts between two moments: what "My schedule" and the feed show. */
// named apart from the module's API of the same simple name, whose bean would clash with it
@Component("myPublishedShifts")
@Transactional(readOnly = true)
class PublishedShifts {

    private final JdbcClient jdbc;

    PublishedShifts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's shifts that end after {@code from} and start before {@code to}, in order. */
    List<PublishedShift> of(long employeeId, Instant from, Instant to) {
        Map<Long, List<PublishedBreak>> breaks = new HashMap<>();
        jdbc.sql(
                        """
                select b.shift_id, b.position, b.name, b.starts_at, b.ends_at from schedule_published_break b
                join schedule_published_shift p on p.id = b.shift_id
                where p.employee_id = ? and p.ends_at > ? and p.starts_at < ? order by b.shift_id, b.position""")
                .params(employeeId, Timestamp.from(from), Timestamp.from(to))
                .query(rs -> {
                    breaks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PublishedBreak(
                                    rs.getInt(2),
                                    rs.getString(3),
                                    rs.getTimestamp(4).toInstant(),
                                    rs.getTimestamp(5).toInstant()));
                });
        return jdbc.sql(
                        """
                select p.id, p.schedule_id, s.queue_id, s.published_version, p.employee_id, p.work_date, p.ordinal,
                    p.shift_type, p.starts, p.ends, p.starts_at, p.ends_at
                from schedule_published_shift p join schedule s on s.id = p.schedule_id
                where p.employee_id = ? and p.ends_at > ? and p.starts_at < ? order by p.starts_at, p.id""")
                .params(employeeId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> new PublishedShift(
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getInt(4),
                        rs.getLong(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getInt(7),
                        rs.getString(8),
                        rs.getObject(9, LocalTime.class),
                        rs.getObject(10, LocalTime.class),
                        rs.getTimestamp(11).toInstant(),
                        rs.getTimestamp(12).toInstant(),
                        breaks.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }
}
