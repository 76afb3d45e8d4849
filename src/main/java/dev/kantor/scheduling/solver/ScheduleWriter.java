package dev.kantor.scheduling.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.kantor.scheduling.grid.Grid;
import dev.kantor.scheduling.grid.Grid.GridDay;
import dev.kantor.scheduling.grid.Grid.GridType;
import dev.kantor.scheduling.grid.Grid.Pinned;
import dev.kantor.scheduling.grid.Pattern;
import dev.kantor.scheduling.problem.Break;
import dev.kantor.scheduling.problem.DayCoverage;
import dev.kantor.scheduling.problem.Schedule;
import dev.kantor.scheduling.problem.ScheduleStatus;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.problem.Shortfall;

/** Writes the answer: the shifts (pinned ones as given), coverage per day, and every short interval. */
final class ScheduleWriter {

    private ScheduleWriter() {}

    static Schedule write(Grid grid, List<Placement> placed, ScheduleStatus status, long lowerBound) {
        List<Shift> shifts = new ArrayList<>();
        long paid = 0;
        int[][] onDuty = new int[grid.dayCount()][];
        int[][] onBreak = new int[grid.dayCount()][];
        for (GridDay day : grid.days) {
            onDuty[day.index()] = new int[day.slots()];
            onBreak[day.index()] = new int[day.slots()];
        }
        for (Pinned pin : grid.pinned) {
            shifts.add(pin.shift());
            GridType type = grid.types.get(pin.type());
            paid += type.paidMinutes();
            for (int s = 0; s < type.spanSlots(); s++) {
                int slot = pin.startSlot() + s;
                boolean resting = false;
                for (int k = 0; k < pin.breakStartSlots().length; k++) {
                    int from = pin.breakStartSlots()[k];
                    resting |= slot >= from && slot < from + type.breakSlots()[k];
                }
                (resting ? onBreak : onDuty)[pin.day()][slot]++;
            }
        }
        for (Placement placement : placed) {
            Pattern p = placement.pattern();
            GridType type = grid.types.get(p.type());
            paid += type.paidMinutes();
            for (int slot = p.start(); slot < p.end(); slot++) {
                (p.onDuty(slot) ? onDuty : onBreak)[p.day()][slot]++;
            }
            List<Break> breaks = new ArrayList<>();
            for (int k = 0; k < p.breakStarts().length; k++) {
                breaks.add(new Break(
                        type.breakIds()[k],
                        grid.time(p.day(), p.breakStarts()[k]),
                        grid.time(p.day(), p.breakStarts()[k] + type.breakSlots()[k])));
            }
            shifts.add(new Shift(
                    grid.agents.get(placement.agent()).id(),
                    grid.days.get(p.day()).date(),
                    type.id(),
                    grid.time(p.day(), p.start()),
                    grid.time(p.day(), p.end()),
                    breaks));
        }
        shifts.sort(
                Comparator.comparing(Shift::date).thenComparing(Shift::start).thenComparing(Shift::agent));
        List<Shortfall> shortfalls = new ArrayList<>();
        List<DayCoverage> coverage = new ArrayList<>();
        for (GridDay day : grid.days) {
            int d = day.index();
            for (int s = 0; s < day.slots(); s++) {
                if (onDuty[d][s] < day.required()[s]) {
                    shortfalls.add(new Shortfall(day.date(), grid.time(d, s), day.required()[s], onDuty[d][s]));
                }
            }
            coverage.add(new DayCoverage(day.date(), boxed(day.required()), boxed(onDuty[d]), boxed(onBreak[d])));
        }
        return new Schedule(status, paid, lowerBound, shortfalls, shifts, coverage);
    }

    private static List<Integer> boxed(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int v : values) {
            list.add(v);
        }
        return list;
    }
}
