package dev.kantor.floor.alerts;

import dev.kantor.support.OnPostgres;

/** Short-staffed end to end on a real PostgreSQL server, as in production: the races above all. */
@OnPostgres
class ShortStaffedApiPostgresTest extends ShortStaffedApiContract {}
