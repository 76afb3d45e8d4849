package dev.kantor.reporting.mine;

/** Hours worked against the contract on the embedded H2 database Kantor runs on by default. */
class MyHoursH2Test extends MyHoursContract {}
