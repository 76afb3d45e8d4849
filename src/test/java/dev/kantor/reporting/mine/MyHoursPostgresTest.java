package dev.kantor.reporting.mine;

import dev.kantor.support.OnPostgres;

/** Hours worked against the contract on a real PostgreSQL server, as in production. */
@OnPostgres
class MyHoursPostgresTest extends MyHoursContract {}
