package dev.kantor.cases.resolution;

import dev.kantor.support.OnPostgres;

/** Approvals that never wait forever, help requests and notifications on a real PostgreSQL server. */
@OnPostgres
class ApprovalCoverPostgresTest extends ApprovalCoverContract {}
