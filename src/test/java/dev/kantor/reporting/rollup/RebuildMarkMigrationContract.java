package dev.kantor.reporting.rollup;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgrade that changes what the roll-ups hold marks "rebuild needed" when there are figures to rebuild, and
 * keeps the coverage counted so far (under no department) until that rebuild; a fresh install is not marked.
 * Runs on H2 and on PostgreSQL through its subclasses, without an application context.
 */
abstract class RebuildMarkMigrationContract {

    /** A new, empty database. */
    abstract DataSource database();

    private static void migrate(DataSource database, String target) {
        var flyway = Flyway.configure().dataSource(database).locations("classpath:db/migration");
        if (target != null) {
            flyway.target(MigrationVersion.fromVersion(target));
        }
        flyway.load().migrate();
    }

    @Test
    void anUpgradeWithFiguresMarksOneRebuildAndKeepsTheCoverageCountedSoFar() {
        DataSource database = database();
        migrate(database, "69");
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql(
                        """
                insert into reporting_interval (queue_id, interval_start, interval_end, on_day, required, staffed,
                    is_short) values (7, timestamp '2026-03-02 09:00:00', timestamp '2026-03-02 09:15:00',
                    date '2026-03-02', 3, 2, 1)""")
                .update();
        jdbc.sql(
                        """
                insert into reporting_fill_in (fill_in_id, queue_id, employee_id, on_day, started_at, ended_at,
                    minutes) values (5, 7, 12, date '2026-03-02', timestamp '2026-03-02 09:00:00',
                    timestamp '2026-03-02 09:45:00', 45)""")
                .update();

        migrate(database, null);

        assertThat(jdbc.sql("select count(*) from reporting_rebuild_needed where claimed_at is null")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select queue_id || ' ' || department_id || ' ' || intervals || ' ' || short_intervals"
                                + " || ' ' || fill_ins || ' ' || fill_in_minutes from reporting_coverage_day")
                        .query(String.class)
                        .list())
                .containsExactly("7 0 1 1 1 45");
    }

    @Test
    void aFreshInstallIsNotMarked() {
        DataSource database = database();

        migrate(database, null);

        assertThat(JdbcClient.create(database)
                        .sql("select count(*) from reporting_rebuild_needed")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
