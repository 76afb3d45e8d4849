package dev.kantor.routing.handoffs;

/** Routing through the API on the embedded H2 database Kantor runs on by default. */
class RoutingApiH2Test extends RoutingApiContract {}
