package dev.kantor.cases.work;

/** Files, customer records and canned replies on the embedded H2 database Kantor runs on by default. */
class CaseDeskApiH2Test extends CaseDeskApiContract {}
