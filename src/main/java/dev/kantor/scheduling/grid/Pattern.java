package dev.kantor.scheduling.grid;

/**
 * A shift of one type starting at one interval of a day with its breaks placed: the unit the shift
 * mix counts. Slots are intervals from the day's opening.
 *
 * @param breakStarts the start slot of each break, in the type's order
 * @param duty for each slot of the shift, whether the agent is on duty (not on a break)
 * @param workSlots how many slots of the shift are on duty
 */
public record Pattern(int day, int type, int start, int end, int[] breakStarts, boolean[] duty, int workSlots) {

    /** Whether the agent is on duty in a slot of the day. */
    public boolean onDuty(int slot) {
        return slot >= start && slot < end && duty[slot - start];
    }

    public boolean onBreak(int slot) {
        return slot >= start && slot < end && !duty[slot - start];
    }
}
