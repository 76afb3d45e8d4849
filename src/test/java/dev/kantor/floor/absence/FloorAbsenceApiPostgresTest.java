package dev.kantor.floor.absence;

import dev.kantor.support.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Absences and the day's repair on a real PostgreSQL server, as in production. */
class FloorAbsenceApiPostgresTest extends FloorAbsenceApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
