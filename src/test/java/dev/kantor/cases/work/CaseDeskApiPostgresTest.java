package dev.kantor.cases.work;

import dev.kantor.support.OnPostgres;

/** Files, customer records and canned replies on a real PostgreSQL server, as in production. */
@OnPostgres
class CaseDeskApiPostgresTest extends CaseDeskApiContract {}
