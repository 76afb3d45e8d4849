package dev.kantor.floor.alerts;

import dev.kantor.support.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Short-staffed end to end on a real PostgreSQL server, as in production: the races above all. */
class ShortStaffedApiPostgresTest extends ShortStaffedApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
