/**
 * Reading back what the floor recorded of people's time (absences, fill-ins, accepted call-ins) as plain
 * stretches, for {@link dev.kantor.floor.RecordedTime}.
 */
package dev.kantor.floor.recorded;
