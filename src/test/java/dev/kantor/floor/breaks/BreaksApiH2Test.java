package dev.kantor.floor.breaks;

/** Breaks through the API on the embedded H2 database Kantor runs on by default. */
class BreaksApiH2Test extends BreaksApiContract {}
