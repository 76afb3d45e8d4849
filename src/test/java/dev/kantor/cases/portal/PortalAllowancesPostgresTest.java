package dev.kantor.cases.portal;

import dev.kantor.support.OnPostgres;

/** The portal's shared allowances on a real PostgreSQL server, as several nodes use it. */
@OnPostgres
class PortalAllowancesPostgresTest extends PortalAllowancesContract {}
