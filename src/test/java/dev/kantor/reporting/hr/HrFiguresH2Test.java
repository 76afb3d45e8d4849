package dev.kantor.reporting.hr;

/** HR's dashboard on the embedded H2 database Kantor runs on by default. */
class HrFiguresH2Test extends HrFiguresContract {}
