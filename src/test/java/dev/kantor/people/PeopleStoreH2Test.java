package dev.kantor.people;

/** People data on the embedded H2 database. */
class PeopleStoreH2Test extends PeopleStoreContract {}
