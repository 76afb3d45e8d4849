package dev.kantor.scheduling.schedules;

/** Saved schedules on the embedded H2 database Kantor runs on by default. */
class SchedulesApiH2Test extends SchedulesApiContract {}
