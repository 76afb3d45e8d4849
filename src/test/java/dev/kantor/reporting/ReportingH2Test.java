package dev.kantor.reporting;

/** Reporting on the embedded H2 database Kantor runs on by default. */
class ReportingH2Test extends ReportingContract {}
