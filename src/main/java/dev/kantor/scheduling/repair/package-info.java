/**
 * Repairing what is left of a published day after someone's time is taken away (marked absent on the
 * live floor): {@link dev.kantor.scheduling.repair.BreakRepair} (pure) keeps every shift, cuts the
 * absent person's time and moves breaks that have not started yet where that restores coverage;
 * {@link dev.kantor.scheduling.repair.DayRepairing} shows the repair and publishes it as a new version
 * of the week's schedule.
 */
package dev.kantor.scheduling.repair;
