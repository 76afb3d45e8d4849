package dev.kantor.reporting.rollup;

import java.util.UUID;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The upgrade's "rebuild needed" mark on H2. */
class RebuildMarkMigrationH2Test extends RebuildMarkMigrationContract {

    @Override
    DataSource database() {
        return new DriverManagerDataSource(
                "jdbc:h2:mem:migration-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                "");
    }
}
