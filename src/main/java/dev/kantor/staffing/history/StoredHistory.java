package dev.kantor.staffing.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.staffing.IntervalVolume;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts each queue was offered per 15-minute interval, as stored, with where each interval
 * came from: an imported file or Kantor's own cases. Everyone signed in may read them; only the
 * steps that bring history in ({@link HistoryImports}, {@link CountedHistory}) write them.
 */
@Repository
@Transactional(readOnly = true)
public class StoredHistory {

    /** How the audit trail names contact history. */
    static final String AUDITED_AS = "contact-history";

    /** Where an interval's count came from. */
    enum Origin {
        /** A file, or demo data: kept when cases are counted again. */
        IMPORT,
        /** Counted from Kantor's cases: replaced when they are counted again. */
        CASES
    }

    /** How much history a queue has: its first and last day, intervals and contacts. */
    public record Coverage(LocalDate first, LocalDate last, int intervals, long contacts) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final BusinessCalendars calendars;

    StoredHistory(JdbcClient jdbc, JdbcTemplate batches, BusinessCalendars calendars) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.calendars = calendars;
    }

    /** The queue's known intervals in [from, to), by start. */
    public List<IntervalVolume> between(long queueId, Instant from, Instant to) {
        return jdbc.sql(
                        """
                select starts_at, contacts, aht_seconds from contact_volume
                where queue_id = ? and starts_at >= ? and starts_at < ? order by starts_at""")
                .params(queueId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> {
                    double aht = rs.getDouble(3);
                    Double known = rs.wasNull() ? null : aht;
                    return new IntervalVolume(rs.getTimestamp(1).toInstant(), rs.getInt(2), known);
                })
                .list();
    }

    /** Every queue's coverage, by queue id; a queue without history is absent. */
    public Map<Long, Coverage> coverage() {
        ZoneId zone = calendars.zone();
        Map<Long, Coverage> coverage = new HashMap<>();
        jdbc.sql(
                        """
                select queue_id, min(starts_at), max(starts_at), count(*), sum(contacts)
                from contact_volume group by queue_id""")
                .query(rs -> {
                    coverage.put(
                            rs.getLong(1),
                            new Coverage(
                                    rs.getTimestamp(2).toInstant().atZone(zone).toLocalDate(),
                                    rs.getTimestamp(3).toInstant().atZone(zone).toLocalDate(),
                                    rs.getInt(4),
                                    rs.getLong(5)));
                });
        return coverage;
    }

    /** The starts of the queue's known intervals in [from, to). */
    Set<Instant> startsBetween(long queueId, Instant from, Instant to) {
        Set<Instant> starts = new HashSet<>();
        jdbc.sql("select starts_at from contact_volume where queue_id = ? and starts_at >= ? and starts_at < ?")
                .params(queueId, Timestamp.from(from), Timestamp.from(to))
                .query(rs -> {
                    starts.add(rs.getTimestamp(1).toInstant());
                });
        return starts;
    }

    /** Forgets the counts taken from cases in [from, to), so that counting again replaces them. */
    @Transactional
    void forgetCounted(long queueId, Instant from, Instant to) {
        jdbc.sql("delete from contact_volume where queue_id = ? and origin = ? and starts_at >= ? and starts_at < ?")
                .params(queueId, Origin.CASES.name(), Timestamp.from(from), Timestamp.from(to))
                .update();
    }

    /** Stores the volumes as they are, replacing the intervals already known. */
    @Transactional
    void replace(long queueId, List<IntervalVolume> volumes, Origin origin) {
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (IntervalVolume v : volumes) {
            deletes.add(new Object[] {queueId, Timestamp.from(v.start())});
            inserts.add(new Object[] {queueId, Timestamp.from(v.start()), v.contacts(), v.ahtSeconds(), origin.name()});
        }
        batches.batchUpdate("delete from contact_volume where queue_id = ? and starts_at = ?", deletes);
        batches.batchUpdate(
                """
                insert into contact_volume (queue_id, starts_at, contacts, aht_seconds, origin)
                values (?, ?, ?, ?, ?)""",
                inserts);
    }
}
