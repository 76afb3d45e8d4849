package dev.kantor.service;

import dev.kantor.support.OnPostgres;

/** The internal service on a real PostgreSQL server, as in production. */
@OnPostgres
class ServiceApiPostgresTest extends ServiceApiContract {}
