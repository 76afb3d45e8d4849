/**
 * "I'll fill in": a manager joins a short queue for the intervals they choose, counted on the floor at
 * once (as extra time), recorded (who, which queue, from, until) and ended early on demand.
 */
package dev.kantor.floor.fillin;
