package dev.kantor.scheduling.schedules;

import java.time.LocalDate;
import java.time.LocalTime;

/** A change a manager makes to a schedule by hand. Every shift it places or changes is pinned. */
public sealed interface HandEdit {

    /** Moves one of a shift's breaks (by its place in the shift, from 0) to start at another time, same length. */
    record MoveBreak(long shiftId, int breakPosition, LocalTime start) implements HandEdit {}

    /** Gives each of two people the other's shifts of a day (one of them may have none). */
    record Swap(LocalDate day, long employeeId, long otherEmployeeId) implements HandEdit {}

    /** Takes a shift out. */
    record Remove(long shiftId) implements HandEdit {}

    /** Adds a shift of a type starting at a time; its breaks go where the coverage can spare them best. */
    record Add(long employeeId, LocalDate day, String shiftType, LocalTime start) implements HandEdit {}

    /** Pins a shift, so that optimising again keeps it, or lets it go. */
    record Pin(long shiftId, boolean pinned) implements HandEdit {}
}
