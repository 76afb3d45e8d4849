package dev.kantor.floor;

import java.time.Instant;

/**
 * A manager's fill-in on a queue is over (as planned, or ended early): published once per fill-in, across
 * nodes, a little after it ends.
 *
 * @param employeeId the manager who filled in
 * @param from       when it began
 * @param until      when it ended
 * @param minutes    how long it ran, in whole minutes
 */
public record FillInEnded(long fillInId, long queueId, long employeeId, Instant from, Instant until, long minutes) {}
