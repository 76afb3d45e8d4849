package dev.kantor.cases.work;

/** Files on cases and customer records on the embedded H2 database Kantor runs on by default. */
class FilesAndCustomersApiH2Test extends FilesAndCustomersApiContract {}
