package dev.kantor.cases;

import javax.sql.DataSource;

import dev.kantor.support.EmbeddedPostgres;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Timelines written before staff text was kept internal, put right on PostgreSQL. */
class StaffTextMigrationPostgresTest extends StaffTextMigrationContract {

    @Override
    DataSource database() {
        return new DriverManagerDataSource(EmbeddedPostgres.newDatabase(), "postgres", "postgres");
    }
}
