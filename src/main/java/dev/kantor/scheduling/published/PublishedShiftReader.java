package dev.kantor.scheduling.published;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShift.PublishedBreak;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Published shifts and their breaks in one query, for a queue or for one person. */
@Component
@Transactional(readOnly = true)
public class PublishedShiftReader {

    private static final String SELECT =
            """
            select p.id, p.schedule_id, s.queue_id, p.employee_id, p.work_date, p.shift_type, p.starts_at, p.ends_at,
                b.position, b.name, b.starts_at, b.ends_at
            from schedule_published_shift p
            join schedule s on s.id = p.schedule_id
            left join schedule_published_break b on b.shift_id = p.id
            where p.starts_at < :to and p.ends_at > :from and\s""";

    private final JdbcClient jdbc;

    PublishedShiftReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PublishedShift> onQueue(long queueId, Instant from, Instant to) {
        return read(
                SELECT + "s.queue_id = :who order by p.starts_at, p.employee_id, p.id, b.position", queueId, from, to);
    }

    public List<PublishedShift> ofEmployee(long employeeId, Instant from, Instant to) {
        return read(SELECT + "p.employee_id = :who order by p.starts_at, p.id, b.position", employeeId, from, to);
    }

    public List<PublishedShift> ofEveryone(Instant from, Instant to) {
        // every employee: their ids are all above 0
        return read(SELECT + "p.employee_id > :who order by p.employee_id, p.starts_at, p.id, b.position", 0, from, to);
    }

    private List<PublishedShift> read(String sql, long who, Instant from, Instant to) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql(sql)
                .param("who", who)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    Row row = rows.computeIfAbsent(rs.getLong(1), id -> Row.of(rs));
                    if (rs.getObject(9) != null) {
                        row.breaks.add(new PublishedBreak(
                                rs.getInt(9),
                                rs.getString(10),
                                rs.getTimestamp(11).toInstant(),
                                rs.getTimestamp(12).toInstant()));
                    }
                });
        return rows.values().stream().map(Row::shift).toList();
    }

    /** A shift being read, its breaks gathered from the rows that follow. */
    private record Row(PublishedShift head, List<PublishedBreak> breaks) {

        static Row of(ResultSet rs) {
            try {
                return new Row(
                        new PublishedShift(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getDate(5).toLocalDate(),
                                rs.getString(6),
                                rs.getTimestamp(7).toInstant(),
                                rs.getTimestamp(8).toInstant(),
                                List.of()),
                        new ArrayList<>());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        PublishedShift shift() {
            return new PublishedShift(
                    head.id(),
                    head.scheduleId(),
                    head.queueId(),
                    head.employeeId(),
                    head.workDate(),
                    head.shiftType(),
                    head.startsAt(),
                    head.endsAt(),
                    breaks);
        }
    }
}
