package dev.kantor.reporting.hr;

import dev.kantor.support.OnPostgres;

/** HR's dashboard on a real PostgreSQL server, as in production. */
@OnPostgres
class HrFiguresPostgresTest extends HrFiguresContract {}
