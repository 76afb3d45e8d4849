package dev.kantor.platform.security.tokens;

import dev.kantor.support.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** API tokens on a real PostgreSQL server, shared by every node. */
class TokensApiPostgresTest extends TokensApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
