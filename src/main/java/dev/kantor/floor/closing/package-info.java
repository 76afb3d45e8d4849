/**
 * Telling other modules, once across nodes, what the floor's day was once it is over: each queue's
 * 15-minute intervals as they were covered ({@link dev.kantor.floor.IntervalCovered}) and each fill-in's
 * minutes ({@link dev.kantor.floor.FillInEnded}), claimed row by row so that one node says each.
 */
package dev.kantor.floor.closing;
