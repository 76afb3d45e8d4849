package dev.kantor.reporting;

/** Coverage and the back office's request figures on the embedded H2 database Kantor runs on by default. */
class CoverageAndRequestFiguresH2Test extends CoverageAndRequestFiguresContract {}
