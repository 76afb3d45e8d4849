package dev.kantor.platform.security;

import dev.kantor.support.OnPostgres;

/** Sign-ins on a real PostgreSQL server, shared by every node. */
@OnPostgres
class SignInSessionsPostgresTest extends SignInSessionsContract {}
