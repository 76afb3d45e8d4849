package dev.kantor.floor.board;

/** The live board on the embedded H2 database Kantor runs on by default. */
class FloorBoardH2Test extends FloorBoardContract {}
