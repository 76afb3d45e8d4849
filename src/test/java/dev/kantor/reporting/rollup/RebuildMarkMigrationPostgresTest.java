package dev.kantor.reporting.rollup;

import javax.sql.DataSource;

import dev.kantor.support.EmbeddedPostgres;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The upgrade's "rebuild needed" mark on PostgreSQL. */
class RebuildMarkMigrationPostgresTest extends RebuildMarkMigrationContract {

    @Override
    DataSource database() {
        return new DriverManagerDataSource(EmbeddedPostgres.newDatabase(), "postgres", "postgres");
    }
}
