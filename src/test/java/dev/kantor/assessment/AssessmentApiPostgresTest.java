package dev.kantor.assessment;

import dev.kantor.support.OnPostgres;

/** The assessment API on a real PostgreSQL server, as in production. */
@OnPostgres
class AssessmentApiPostgresTest extends AssessmentApiContract {}
