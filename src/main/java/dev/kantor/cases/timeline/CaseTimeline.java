package dev.kantor.cases.timeline;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The append-only timeline of every case. Who may read an entry is decided here, for every
 * entry, by one rule ({@link #customerSees}): callers say what happened and who wrote it, never
 * whether the customer may read it, so that no new path can publish staff text by mistake.
 */
@Component
public class CaseTimeline {

    private static final String INSERT =
            """
            insert into case_entry (case_id, at, kind, visibility, author_id, by_customer, body, detail)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CaseTimeline(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Writes an entry.
     *
     * @param authorId   the employee who wrote or did it; null for the customer or Kantor itself
     * @param byCustomer whether the customer wrote it
     * @return the entry's id, for what comes with it (the files sent with a message)
     */
    public long add(
            long caseId, Instant at, EntryKind kind, Long authorId, boolean byCustomer, String body, String detail) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(INSERT)
                .params(
                        caseId,
                        Timestamp.from(at),
                        kind.name(),
                        visibility(kind, byCustomer, body),
                        authorId,
                        byCustomer,
                        body,
                        detail)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /**
     * Writes an entry for something another module told of, once: {@code origin} names that
     * fact (the event and its subject), and a second delivery of it writes nothing.
     *
     * @return whether the entry was written now, so that what goes with it is done once too
     */
    public boolean addOnce(
            String origin, long caseId, Instant at, EntryKind kind, Long authorId, String body, String detail) {
        return jdbc.sql(
                                """
                        insert into case_entry (case_id, at, kind, visibility, author_id, by_customer, body, detail, origin)
                        values (?, ?, ?, ?, ?, false, ?, ?, ?) on conflict do nothing""")
                        .params(
                                caseId,
                                Timestamp.from(at),
                                kind.name(),
                                visibility(kind, false, body),
                                authorId,
                                body,
                                detail,
                                origin)
                        .update()
                == 1;
    }

    /**
     * Writes several new entries in one round trip to the database and returns them with their
     * ids, so that a new case can be shown without reading its timeline back.
     */
    public List<TimelineEntry> addAll(List<TimelineEntry> drafts) {
        KeyHolder keys = new GeneratedKeyHolder();
        template.batchUpdate(
                connection -> connection.prepareStatement(INSERT, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        TimelineEntry e = drafts.get(i);
                        statement.setLong(1, e.caseId());
                        statement.setTimestamp(2, Timestamp.from(e.at()));
                        statement.setString(3, e.kind().name());
                        statement.setString(4, visibility(e.kind(), e.byCustomer(), e.body()));
                        statement.setObject(5, e.authorId(), Types.BIGINT);
                        statement.setBoolean(6, e.byCustomer());
                        statement.setString(7, e.body());
                        statement.setString(8, e.detail());
                    }

                    @Override
                    public int getBatchSize() {
                        return drafts.size();
                    }
                },
                keys);
        List<TimelineEntry> written = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            TimelineEntry e = drafts.get(i);
            long id = ((Number) keys.getKeyList().get(i).get("id")).longValue();
            written.add(new TimelineEntry(
                    id,
                    e.caseId(),
                    e.at(),
                    e.kind(),
                    customerSees(e.kind(), e.byCustomer(), e.body()),
                    e.authorId(),
                    e.byCustomer(),
                    e.body(),
                    e.detail()));
        }
        return written;
    }

    /** An entry not written yet, for {@link #addAll}: its id is 0, and who may read it is decided here. */
    public static TimelineEntry draft(
            long caseId, Instant at, EntryKind kind, Long authorId, boolean byCustomer, String body, String detail) {
        return new TimelineEntry(
                0, caseId, at, kind, customerSees(kind, byCustomer, body), authorId, byCustomer, body, detail);
    }

    /**
     * Whether the customer reads an entry on the portal: only kinds meant for them
     * ({@link EntryKind#publicByDefault()}), and of those, text only when the customer wrote it
     * or it is a reply written to them. Anything else staff wrote (a resolution's note, a
     * walk-in's description typed at the desk) stays internal, with the entry it is on.
     */
    public static boolean customerSees(EntryKind kind, boolean byCustomer, String body) {
        if (!kind.publicByDefault()) {
            return false;
        }
        return body == null || byCustomer || kind == EntryKind.REPLY;
    }

    private static String visibility(EntryKind kind, boolean byCustomer, String body) {
        return customerSees(kind, byCustomer, body) ? "PUBLIC" : "INTERNAL";
    }

    /** A case's entries in the order they happened; only those the customer reads for {@code customerView}. */
    public List<TimelineEntry> of(long caseId, boolean customerView) {
        return jdbc.sql("select * from case_entry where case_id = ? "
                        + (customerView ? "and visibility = 'PUBLIC' " : "") + "order by at, id")
                .param(caseId)
                .query(CaseTimeline::entry)
                .list();
    }

    /**
     * The entries written after the one with this id, in the order they happened: what a case's
     * page, which shows the others already, has not shown yet.
     */
    public List<TimelineEntry> after(long caseId, long entryId) {
        return jdbc.sql("select * from case_entry where case_id = ? and id > ? order by at, id")
                .params(caseId, entryId)
                .query(CaseTimeline::entry)
                .list();
    }

    private static TimelineEntry entry(java.sql.ResultSet rs, int row) throws SQLException {
        return new TimelineEntry(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getTimestamp("at").toInstant(),
                EntryKind.valueOf(rs.getString("kind")),
                "PUBLIC".equals(rs.getString("visibility")),
                (Long) rs.getObject("author_id", Long.class),
                rs.getBoolean("by_customer"),
                rs.getString("body"),
                rs.getString("detail"));
    }
}
