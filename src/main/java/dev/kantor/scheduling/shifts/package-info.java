/**
 * Shift types and contracts as Kantor stores them: the rules a shift type or a contract must keep
 * (the scheduling core's own, so that the solver can use whatever is saved), their pages and their
 * REST API. Managers and admins define shift types; managers, admins and HR define contracts;
 * everyone signed in reads both.
 */
package dev.kantor.scheduling.shifts;
