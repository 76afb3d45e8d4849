package dev.kantor.cases.work;

import dev.kantor.support.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Files on cases and customer records on a real PostgreSQL server, as in production. */
class FilesAndCustomersApiPostgresTest extends FilesAndCustomersApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
