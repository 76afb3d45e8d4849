package dev.kantor.scheduling.schedules;

import dev.kantor.scheduling.problem.Shift;

/**
 * A shift of a saved schedule: the core's shift (its agent is the employee's id) and whether the
 * manager pinned it, so that optimising again keeps it as it is.
 *
 * @param id its id as stored; 0 for one not stored yet
 */
public record PlannedShift(long id, Shift shift, boolean pinned) {

    public long employeeId() {
        return Long.parseLong(shift.agent());
    }

    PlannedShift withId(long newId) {
        return new PlannedShift(newId, shift, pinned);
    }

    PlannedShift pinned(boolean pin) {
        return new PlannedShift(id, shift, pin);
    }
}
