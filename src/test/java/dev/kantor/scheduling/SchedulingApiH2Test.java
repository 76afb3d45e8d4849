package dev.kantor.scheduling;

/** The scheduling API on the embedded H2 database Kantor runs on by default. */
class SchedulingApiH2Test extends SchedulingApiContract {}
