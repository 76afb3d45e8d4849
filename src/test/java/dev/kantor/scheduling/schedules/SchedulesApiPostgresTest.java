package dev.kantor.scheduling.schedules;

import dev.kantor.support.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Saved schedules on a real PostgreSQL server, as in production. */
class SchedulesApiPostgresTest extends SchedulesApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
