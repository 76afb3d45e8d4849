package dev.kantor.staffing;

import dev.kantor.support.OnPostgres;

/** The staffing API on a real PostgreSQL server, as in production. */
@OnPostgres
class StaffingApiPostgresTest extends StaffingApiContract {}
