package dev.kantor.people;

import dev.kantor.support.OnPostgres;

/** People data on a real PostgreSQL server. */
@OnPostgres
class PeopleStorePostgresTest extends PeopleStoreContract {}
