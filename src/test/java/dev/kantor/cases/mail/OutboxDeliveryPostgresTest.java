package dev.kantor.cases.mail;

import javax.sql.DataSource;

import dev.kantor.support.EmbeddedPostgres;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The outbox's delivery on a real PostgreSQL server, which several nodes share. */
class OutboxDeliveryPostgresTest extends OutboxDeliveryContract {

    @Override
    DataSource database() {
        return new DriverManagerDataSource(EmbeddedPostgres.newDatabase(), "postgres", "postgres");
    }
}
