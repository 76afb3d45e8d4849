package dev.kantor.cases.work;

import dev.kantor.support.OnPostgres;

/** The cases API on a real PostgreSQL server, as in production. */
@OnPostgres
class CasesApiPostgresTest extends CasesApiContract {}
