/**
 * Solving jobs: a validated problem solved in the background, and the stateless API
 * ({@code /api/scheduling/problems}, {@code /api/scheduling/jobs/{id}}) that submits, follows and stops
 * one.
 *
 * <p>A job lives in the database ({@code scheduling_job}), not in one node's memory, so that any node
 * answers for it and it outlives the page that started it. Each node solves at most a few jobs at once
 * ({@link dev.kantor.scheduling.jobs.SolvingNode}); the rest wait as {@code QUEUED} rows that any node
 * with a free slot claims, oldest first, with a conditional update. While solving, the node writes
 * the best answer so far (throttled) with the independent checker's verdict on it, and moves the job's
 * {@code updated_at} at least every few seconds; it looks for stop requests made on any node every
 * second. A job whose node stopped moving it is marked {@code FAILED} ({@link
 * dev.kantor.scheduling.jobs.JobHousekeeping}), by one conditional update that only one node can make;
 * a node that shuts down in an orderly way puts its jobs back in the queue for another to continue.
 * Finished jobs are deleted after a day.
 */
package dev.kantor.scheduling.jobs;
