package dev.kantor.people;

import dev.kantor.platform.web.BadInputFuzz;
import dev.kantor.support.EmbeddedPostgres;

import org.junit.jupiter.api.Nested;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The people API on a real PostgreSQL server, as in production; in a database of its own, not the one the other
 * PostgreSQL contracts share ({@code OnPostgres}), since the bad-input fuzz below renames what they rely on.
 */
class PeopleApiPostgresTest extends PeopleApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }

    /** Bad input against every API operation and form, here rather than in a PostgreSQL context of its own. */
    @Nested
    class BadInput extends BadInputFuzz {}
}
