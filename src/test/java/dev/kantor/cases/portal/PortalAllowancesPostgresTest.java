package dev.kantor.cases.portal;

import dev.kantor.support.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The portal's shared allowances on a real PostgreSQL server, as several nodes use it. */
class PortalAllowancesPostgresTest extends PortalAllowancesContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
