package dev.kantor.policies.acknowledgements;

import dev.kantor.support.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The policies end to end on a real PostgreSQL server, as in production: the reminders' race above all. */
class PoliciesApiPostgresTest extends PoliciesApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
