/**
 * "May I take my break now?": the answer ({@link dev.kantor.floor.breaks.BreakAnswers}, pure), taking a
 * break and coming back, the breaks as agreed and taken (a source of the day's changes for the coverage),
 * and adherence, planned against actual.
 */
package dev.kantor.floor.breaks;
