package dev.kantor.cases;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timelines written before staff text was kept internal are put right by the migration: a
 * description typed at the desk, once recorded as the customer's own message, becomes the
 * employee's and internal; a resolution's note leaves the public entry for an internal note beside
 * it; a subject is the customer's only on cases they opened. What customers wrote, and replies to
 * them, stay public. Runs on H2 and on PostgreSQL through its subclasses, without an application
 * context.
 */
abstract class StaffTextMigrationContract {

    /** A new, empty database. */
    abstract DataSource database();

    @Test
    void aTimelineWrittenBeforeKeepsOnlyTheCustomersWordsAndRepliesPublic() {
        DataSource database = database();
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion("9"))
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("insert into customer (id, full_name, language, created_at) values (1, 'Ibu Kartika', 'id', "
                        + "timestamp '2026-03-02 09:00:00')")
                .update();
        long walkIn = aCase(jdbc, 1, "WALK_IN", "Blender mati total, struk ada");
        long portal = aCase(jdbc, 2, "WEB", "Kulkas penyok");
        entry(jdbc, walkIn, "09:00", "OPENED", "PUBLIC", 7L, false, null);
        entry(jdbc, walkIn, "09:00", "CUSTOMER_MESSAGE", "PUBLIC", null, true, "Context for my colleague");
        entry(jdbc, walkIn, "10:00", "CUSTOMER_MESSAGE", "PUBLIC", null, true, "Sudah saya bawa strukny.");
        entry(jdbc, portal, "09:00", "OPENED", "PUBLIC", null, true, null);
        entry(jdbc, portal, "09:00", "CUSTOMER_MESSAGE", "PUBLIC", null, true, "Pintu kulkas penyok.");
        entry(jdbc, portal, "09:30", "REPLY", "PUBLIC", 7L, false, "Kami ganti besok.");
        entry(jdbc, portal, "09:40", "ACTION_CARRIED_OUT", "PUBLIC", 7L, false, "Regular customer, be generous");
        entry(jdbc, portal, "09:50", "ACTION_APPROVED", "PUBLIC", 8L, false, "Approved as asked");
        entry(jdbc, portal, "09:55", "NOTE", "INTERNAL", 7L, false, "Courier late again");

        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        assertThat(jdbc.sql("select id, subject_by_customer from customer_case order by id")
                        .query()
                        .listOfRows())
                .extracting(row -> row.get("subject_by_customer"))
                .containsExactly(false, true);
        assertThat(timeline(jdbc, walkIn))
                .containsExactly(
                        "OPENED PUBLIC 7 false null",
                        "CUSTOMER_MESSAGE INTERNAL 7 false Context for my colleague",
                        "CUSTOMER_MESSAGE PUBLIC null true Sudah saya bawa strukny.");
        assertThat(timeline(jdbc, portal))
                .containsExactly(
                        "OPENED PUBLIC null true null",
                        "CUSTOMER_MESSAGE PUBLIC null true Pintu kulkas penyok.",
                        "REPLY PUBLIC 7 false Kami ganti besok.",
                        "ACTION_CARRIED_OUT PUBLIC 7 false null",
                        "NOTE INTERNAL 7 false Regular customer, be generous",
                        "ACTION_APPROVED PUBLIC 8 false null",
                        "NOTE INTERNAL 7 false Courier late again");
    }

    private static long aCase(JdbcClient jdbc, long id, String channel, String subject) {
        jdbc.sql(
                        """
                insert into customer_case (id, reference, access_token, customer_id, channel, case_type, topic, priority,
                    subject, status, opened_at)
                values (?, ?, ?, 1, ?, 'QUESTION', 'warranty', 'NORMAL', ?, 'OPEN', timestamp '2026-03-02 09:00:00')""")
                .params(id, "KTR-2026-00000" + id, "token-of-case-number-" + id, channel, subject)
                .update();
        return id;
    }

    private static void entry(
            JdbcClient jdbc,
            long caseId,
            String time,
            String kind,
            String visibility,
            Long author,
            boolean byCustomer,
            String body) {
        jdbc.sql(
                        """
                insert into case_entry (case_id, at, kind, visibility, author_id, by_customer, body)
                values (?, cast(? as timestamp), ?, ?, ?, ?, ?)""")
                .params(caseId, "2026-03-02 " + time + ":00", kind, visibility, author, byCustomer, body)
                .update();
    }

    private static List<String> timeline(JdbcClient jdbc, long caseId) {
        return jdbc
                .sql("select * from case_entry where case_id = ? order by at, id")
                .param(caseId)
                .query()
                .listOfRows()
                .stream()
                .map(StaffTextMigrationContract::line)
                .toList();
    }

    private static String line(Map<String, Object> row) {
        return row.get("kind") + " " + row.get("visibility") + " " + row.get("author_id") + " " + row.get("by_customer")
                + " " + row.get("body");
    }
}
