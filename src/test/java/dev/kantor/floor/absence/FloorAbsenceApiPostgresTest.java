package dev.kantor.floor.absence;

import dev.kantor.support.OnPostgres;

/** Absences and the day's repair on a real PostgreSQL server, as in production. */
@OnPostgres
class FloorAbsenceApiPostgresTest extends FloorAbsenceApiContract {}
