package dev.kantor.floor.board;

import dev.kantor.support.OnPostgres;

/** The live board on a real PostgreSQL server, as in production. */
@OnPostgres
class FloorBoardPostgresTest extends FloorBoardContract {}
