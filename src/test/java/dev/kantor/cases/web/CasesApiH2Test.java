package dev.kantor.cases.web;

/** The cases API on the embedded H2 database Kantor runs on by default. */
class CasesApiH2Test extends CasesApiContract {
}
