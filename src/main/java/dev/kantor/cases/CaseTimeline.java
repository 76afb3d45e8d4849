package dev.kantor.cases;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only timeline of every case. */
@Component
class CaseTimeline {

    private final JdbcClient jdbc;

    CaseTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long caseId, java.time.Instant at, EntryKind kind, Long authorId, boolean byCustomer, String body,
            String detail) {
        jdbc.sql("""
                insert into case_entry (case_id, at, kind, visibility, author_id, by_customer, body, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, Timestamp.from(at), kind.name(), kind.publicByDefault() ? "PUBLIC" : "INTERNAL",
                        authorId, byCustomer, body, detail)
                .update();
    }

    List<TimelineEntry> of(long caseId, boolean customerView) {
        return jdbc.sql("select * from case_entry where case_id = ? " + (customerView ? "and visibility = 'PUBLIC' " : "")
                        + "order by at, id")
                .param(caseId)
                .query((rs, row) -> new TimelineEntry(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getTimestamp("at").toInstant(), EntryKind.valueOf(rs.getString("kind")),
                        "PUBLIC".equals(rs.getString("visibility")), (Long) rs.getObject("author_id", Long.class),
                        rs.getBoolean("by_customer"), rs.getString("body"), rs.getString("detail")))
                .list();
    }
}
