package dev.kantor.scheduling.grid;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.scheduling.problem.Agent;
import dev.kantor.scheduling.problem.BreakRule;
import dev.kantor.scheduling.problem.Contract;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.problem.ShiftType;

/**
 * A valid problem on its interval grid. Immutable; built once per solve.
 */
public final class Grid {

    /** One day: opening as minute of the day, its intervals and requirement, its ISO week. */
    public record GridDay(int index, LocalDate date, int openMinute, int slots, int[] required, int week) {}

    /** A shift type in intervals. */
    public record GridType(
            int index,
            String id,
            int spanSlots,
            int paidMinutes,
            int granularitySlots,
            int[] breakSlots,
            int[] earliestSlot,
            int[] latestSlot,
            String[] breakIds,
            int minWorkMinutes,
            int maxWorkMinutes) {

        public int breakCount() {
            return breakSlots.length;
        }
    }

    /** A contract with its allowed types as a lookup. */
    public record GridContract(
            int index, String id, boolean[] allows, int perDay, int perWeek, int paidPerWeek, int restMinutes) {}

    /** An agent: contract and the days they can work. */
    public record GridAgent(int index, String id, int contract, boolean[] available) {}

    /** A pinned shift on the grid, with the record it came from (written back unchanged). */
    public record Pinned(int agent, int day, int type, int startSlot, int[] breakStartSlots, Shift shift) {}

    public final Problem problem;
    public final int step;
    public final List<GridDay> days = new ArrayList<>();
    public final List<GridType> types = new ArrayList<>();
    public final List<GridContract> contracts = new ArrayList<>();
    public final List<GridAgent> agents = new ArrayList<>();
    public final List<Pinned> pinned = new ArrayList<>();
    public final int weeks;
    private final Map<String, Integer> typeIndex = new HashMap<>();
    private final Map<String, Integer> agentIndex = new HashMap<>();

    /** Lays a problem the validator accepted on its grid. */
    public Grid(Problem problem) {
        this.problem = problem;
        this.step = problem.intervalMinutes();
        LocalDate firstMonday = problem.days().get(0).date().with(DayOfWeek.MONDAY);
        for (Day day : problem.days()) {
            int open = minutes(day.open());
            int[] required = day.required().stream().mapToInt(Integer::intValue).toArray();
            int week = (int) (ChronoUnit.DAYS.between(firstMonday, day.date()) / 7);
            days.add(new GridDay(days.size(), day.date(), open, required.length, required, week));
        }
        weeks = days.get(days.size() - 1).week() + 1;
        for (ShiftType type : problem.shiftTypes()) {
            int n = type.breaks().size();
            int[] length = new int[n];
            int[] earliest = new int[n];
            int[] latest = new int[n];
            String[] ids = new String[n];
            for (int k = 0; k < n; k++) {
                BreakRule rule = type.breaks().get(k);
                length[k] = rule.durationMinutes() / step;
                earliest[k] = rule.earliestStartOffsetMinutes() / step;
                latest[k] = rule.latestStartOffsetMinutes() / step;
                ids[k] = rule.id();
            }
            typeIndex.put(type.id(), types.size());
            types.add(new GridType(
                    types.size(),
                    type.id(),
                    type.spanMinutes() / step,
                    type.paidMinutes(),
                    type.startGranularityMinutes() / step,
                    length,
                    earliest,
                    latest,
                    ids,
                    type.minWorkBetweenBreaksMinutes(),
                    type.maxContinuousWorkMinutes()));
        }
        Map<String, Integer> contractIndex = new HashMap<>();
        for (Contract contract : problem.contracts()) {
            boolean[] allows = new boolean[types.size()];
            contract.allowedShiftTypes().forEach(id -> allows[typeIndex.get(id)] = true);
            contractIndex.put(contract.id(), contracts.size());
            contracts.add(new GridContract(
                    contracts.size(),
                    contract.id(),
                    allows,
                    contract.maxShiftsPerDay(),
                    contract.maxShiftsPerWeek(),
                    contract.maxPaidMinutesPerWeek(),
                    contract.minRestBetweenShiftsMinutes()));
        }
        for (Agent agent : problem.agents()) {
            boolean[] available = new boolean[days.size()];
            for (GridDay day : days) {
                available[day.index()] = !agent.unavailableDates().contains(day.date());
            }
            agentIndex.put(agent.id(), agents.size());
            agents.add(new GridAgent(agents.size(), agent.id(), contractIndex.get(agent.contract()), available));
        }
        Map<LocalDate, Integer> dayIndex = new HashMap<>();
        days.forEach(d -> dayIndex.put(d.date(), d.index()));
        for (Shift shift : problem.pinnedShifts()) {
            int d = dayIndex.get(shift.date());
            int open = days.get(d).openMinute();
            int[] breakStarts = shift.breaks().stream()
                    .mapToInt(b -> (minutes(b.start()) - open) / step)
                    .toArray();
            pinned.add(new Pinned(
                    agentIndex.get(shift.agent()),
                    d,
                    typeIndex.get(shift.shiftType()),
                    (minutes(shift.start()) - open) / step,
                    breakStarts,
                    shift));
        }
    }

    public int dayCount() {
        return days.size();
    }

    public GridType type(String id) {
        return types.get(typeIndex.get(id));
    }

    public int agentIndex(String id) {
        return agentIndex.get(id);
    }

    /** The wall-clock time of an interval boundary of a day. */
    public LocalTime time(int day, int slot) {
        return LocalTime.of(0, 0).plusMinutes(days.get(day).openMinute() + (long) slot * step);
    }

    /** Minutes from the first day's midnight to an interval boundary: for rest between days. */
    public int absoluteMinute(int day, int slot) {
        return day * 1440 + days.get(day).openMinute() + slot * step;
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
