package dev.kantor.cases.mail;

import java.util.UUID;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The outbox's delivery on H2, the database of a single-node installation. */
class OutboxDeliveryH2Test extends OutboxDeliveryContract {

    @Override
    DataSource database() {
        return new DriverManagerDataSource(
                "jdbc:h2:mem:outbox-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                "");
    }
}
