/**
 * Marking someone absent (sick, late, other) for the rest of the day or a stretch, by front-office
 * managers and admins, undoably and audited; absences feed the day's coverage as {@link
 * dev.kantor.floor.coverage.DayChange.Absent}, set the person's presence, and lead to repairing the
 * queue's day (scheduling's {@link dev.kantor.scheduling.DayRepairs}): its pages and REST API beside it.
 */
package dev.kantor.floor.absence;
