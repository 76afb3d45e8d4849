package dev.kantor.cases.work;

/** Files on cases on the embedded H2 database Kantor runs on by default. */
class CaseFilesApiH2Test extends CaseFilesApiContract {}
