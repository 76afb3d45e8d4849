package dev.kantor.reporting;

import dev.kantor.support.OnPostgres;

/** Coverage and the back office's request figures on a real PostgreSQL server, as in production. */
@OnPostgres
class CoverageAndRequestFiguresPostgresTest extends CoverageAndRequestFiguresContract {}
