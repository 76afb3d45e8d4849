/**
 * Change counts stored in the database, by which every node learns that what it keeps in memory
 * (the topic catalogue, who qualifies for a topic) changed on any node.
 */
package dev.kantor.routing.changes;
