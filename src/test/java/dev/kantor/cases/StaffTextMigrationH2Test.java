package dev.kantor.cases;

import java.util.UUID;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Timelines written before staff text was kept internal, put right on H2. */
class StaffTextMigrationH2Test extends StaffTextMigrationContract {

    @Override
    DataSource database() {
        return new DriverManagerDataSource(
                "jdbc:h2:mem:migration-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                "");
    }
}
