package dev.kantor.floor.absence;

/** Absences and the day's repair on the embedded H2 database Kantor runs on by default. */
class FloorAbsenceApiH2Test extends FloorAbsenceApiContract {}
