package dev.kantor.scheduling.problem;

import java.util.List;

/**
 * A scheduling problem: the planning horizon with its requirement, the kinds of shift, the
 * contracts and the agents who may work them.
 *
 * @param intervalMinutes length of one planning interval (15 in Kantor)
 * @param days one entry per consecutive date of the horizon
 * @param shiftTypes the kinds of shift that may be worked
 * @param contracts the contracts agents work under
 * @param agents the roster
 * @param timeLimitSeconds the longest the solver may run, or {@code null} for its default
 * @param pinnedShifts shifts a manager placed by hand, kept exactly as they are by every solve
 */
public record Problem(
        int intervalMinutes,
        List<Day> days,
        List<ShiftType> shiftTypes,
        List<Contract> contracts,
        List<Agent> agents,
        Integer timeLimitSeconds,
        List<Shift> pinnedShifts) {

    public Problem {
        days = Lists.copy(days);
        shiftTypes = Lists.copy(shiftTypes);
        contracts = Lists.copy(contracts);
        agents = Lists.copy(agents);
        pinnedShifts = Lists.copyOrEmpty(pinnedShifts);
    }

    /** The same problem with other pinned shifts, for re-optimising around a manager's changes. */
    public Problem withPinnedShifts(List<Shift> pinned) {
        return new Problem(intervalMinutes, days, shiftTypes, contracts, agents, timeLimitSeconds, pinned);
    }

    /** The same problem with another time limit. */
    public Problem withTimeLimitSeconds(Integer seconds) {
        return new Problem(intervalMinutes, days, shiftTypes, contracts, agents, seconds, pinnedShifts);
    }
}
