/**
 * The day's coverage of a queue, interval by interval: {@link dev.kantor.floor.coverage.CoverageCount}
 * (pure) counts it from the published shifts and the day's changes, {@link
 * dev.kantor.floor.coverage.QueueDays} gathers them.
 */
package dev.kantor.floor.coverage;
