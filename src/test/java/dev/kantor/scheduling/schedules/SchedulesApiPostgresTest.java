package dev.kantor.scheduling.schedules;

import dev.kantor.support.OnPostgres;

/** Saved schedules on a real PostgreSQL server, as in production. */
@OnPostgres
class SchedulesApiPostgresTest extends SchedulesApiContract {}
