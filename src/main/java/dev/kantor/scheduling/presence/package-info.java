/**
 * Presence that follows published schedules: routing's {@link dev.kantor.routing.ScheduledPresence},
 * read from what was published last, in one query however many people are asked about.
 */
package dev.kantor.scheduling.presence;
