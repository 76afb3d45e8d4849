package dev.kantor.cases.resolution;

import dev.kantor.support.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Approvals that never wait forever, help requests and notifications on a real PostgreSQL server. */
class ApprovalCoverPostgresTest extends ApprovalCoverContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
