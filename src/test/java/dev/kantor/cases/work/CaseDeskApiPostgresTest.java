package dev.kantor.cases.work;

import dev.kantor.support.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Files, customer records and canned replies on a real PostgreSQL server, as in production. */
class CaseDeskApiPostgresTest extends CaseDeskApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
