package dev.kantor.chat;

import dev.kantor.support.OnPostgres;

/** The web chat through the API on a real PostgreSQL server, in the application the PostgreSQL variants share. */
@OnPostgres
class ChatApiPostgresTest extends ChatApiContract {}
