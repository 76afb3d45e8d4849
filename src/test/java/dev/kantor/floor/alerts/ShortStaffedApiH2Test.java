package dev.kantor.floor.alerts;

/** Short-staffed end to end on the embedded H2 database Kantor runs on by default. */
class ShortStaffedApiH2Test extends ShortStaffedApiContract {}
