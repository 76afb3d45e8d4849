package dev.kantor.scheduling;

import dev.kantor.support.OnPostgres;

/** The scheduling API on a real PostgreSQL server, as in production. */
@OnPostgres
class SchedulingApiPostgresTest extends SchedulingApiContract {}
