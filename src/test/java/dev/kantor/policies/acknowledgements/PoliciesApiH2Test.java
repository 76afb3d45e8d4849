package dev.kantor.policies.acknowledgements;

/** The policies end to end on the embedded H2 database Kantor runs on by default. */
class PoliciesApiH2Test extends PoliciesApiContract {}
