package dev.kantor.people;

/** The people API on the embedded H2 database Kantor runs on by default. */
class PeopleApiH2Test extends PeopleApiContract {}
