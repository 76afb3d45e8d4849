package dev.kantor.mailin.receiving;

import dev.kantor.support.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Inbound e-mail on a real PostgreSQL server, which several nodes share. */
class InboundMailPostgresTest extends InboundMailContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
