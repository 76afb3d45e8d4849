package dev.kantor.routing.helpers;

import dev.kantor.support.OnPostgres;

/** "Who can help now" on a real PostgreSQL server, as in production. */
@OnPostgres
class WhoCanHelpStorePostgresTest extends WhoCanHelpStoreContract {}
