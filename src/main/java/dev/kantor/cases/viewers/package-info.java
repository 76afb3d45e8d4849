/**
 * Who has a case's page open right now, kept in the database with a heartbeat and an expiry, so
 * that any node can tell an agent that a colleague is also looking at the case.
 */
package dev.kantor.cases.viewers;
