package dev.kantor.service;

import dev.kantor.support.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The internal service on a real PostgreSQL server, as in production. */
class ServiceApiPostgresTest extends ServiceApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
