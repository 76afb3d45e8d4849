package dev.kantor.assessment;

/** The assessment API on the embedded H2 database Kantor runs on by default. */
class AssessmentApiH2Test extends AssessmentApiContract {}
