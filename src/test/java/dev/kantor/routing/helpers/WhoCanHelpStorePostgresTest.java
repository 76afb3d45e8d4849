package dev.kantor.routing.helpers;

import dev.kantor.support.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** "Who can help now" on a real PostgreSQL server, as in production. */
class WhoCanHelpStorePostgresTest extends WhoCanHelpStoreContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
