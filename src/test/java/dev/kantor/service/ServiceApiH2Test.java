package dev.kantor.service;

/** The internal service on the embedded H2 database Kantor runs on by default. */
class ServiceApiH2Test extends ServiceApiContract {}
