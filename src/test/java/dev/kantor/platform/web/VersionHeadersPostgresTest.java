package dev.kantor.platform.web;

import dev.kantor.support.OnPostgres;

/** Versions as HTTP headers on a real PostgreSQL server, as in production. */
@OnPostgres
class VersionHeadersPostgresTest extends VersionHeadersContract {}
