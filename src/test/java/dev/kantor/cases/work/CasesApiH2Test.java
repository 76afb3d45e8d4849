package dev.kantor.cases.work;

/** The cases API on the embedded H2 database Kantor runs on by default. */
class CasesApiH2Test extends CasesApiContract {}
