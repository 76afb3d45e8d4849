package dev.kantor.staffing;

/** The staffing API on the embedded H2 database Kantor runs on by default. */
class StaffingApiH2Test extends StaffingApiContract {}
