package dev.kantor.scheduling.solver;

import java.util.ArrayList;
import java.util.List;

import dev.kantor.scheduling.grid.Capacity;
import dev.kantor.scheduling.grid.Grid;
import dev.kantor.scheduling.grid.Grid.GridContract;
import dev.kantor.scheduling.grid.Pattern;

/**
 * A first whole-number shift mix from the covering LP: its values rounded down, then the intervals
 * left short filled greedily with the candidate that covers most of them per paid minute, within
 * the contracts' day and week sums; then shifts whose duty is not needed are dropped. It is the
 * search's first hint and the first schedule a page shows.
 */
final class LpRounding {

    private LpRounding() {}

    static List<Pattern> round(
            Grid grid,
            List<Pattern> columns,
            double[] values,
            List<Pattern> extra,
            int[][] required,
            Capacity capacity) {
        int contracts = grid.contracts.size();
        int[][] dayLeft = new int[contracts][];
        int[][] weekLeft = new int[contracts][];
        long[][] paidLeft = new long[contracts][];
        for (int c = 0; c < contracts; c++) {
            dayLeft[c] = capacity.perDay[c].clone();
            weekLeft[c] = capacity.shiftsPerWeek[c].clone();
            paidLeft[c] = capacity.paidPerWeek[c].clone();
        }
        int[][] missing = new int[required.length][];
        for (int d = 0; d < required.length; d++) {
            missing[d] = required[d].clone();
        }
        List<Pattern> chosen = new ArrayList<>();
        List<Integer> contractOf = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            for (long n = (long) Math.floor(values[i] + 1e-6); n > 0; n--) {
                if (!take(grid, columns.get(i), dayLeft, weekLeft, paidLeft, missing, chosen, contractOf)) {
                    break;
                }
            }
        }
        List<Pattern> candidates = new ArrayList<>(columns);
        candidates.addAll(extra);
        while (true) {
            Pattern best = null;
            double bestValue = 0;
            for (Pattern p : candidates) {
                int helps = 0;
                for (int s = p.start(); s < p.end(); s++) {
                    if (p.onDuty(s) && missing[p.day()][s] > 0) {
                        helps++;
                    }
                }
                double value = helps / (double) grid.types.get(p.type()).paidMinutes();
                if (helps > 0 && value > bestValue && contractFor(grid, p, dayLeft, weekLeft, paidLeft) >= 0) {
                    best = p;
                    bestValue = value;
                }
            }
            if (best == null) {
                break;
            }
            take(grid, best, dayLeft, weekLeft, paidLeft, missing, chosen, contractOf);
        }
        // drop shifts whose every on-duty interval is over-covered, most expensive first
        int[][] spare = new int[required.length][];
        for (int d = 0; d < required.length; d++) {
            spare[d] = new int[required[d].length];
            for (int s = 0; s < required[d].length; s++) {
                spare[d][s] = -missing[d][s] < 0 ? 0 : -missing[d][s];
            }
        }
        List<Pattern> kept = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> grid.types.get(chosen.get(b).type()).paidMinutes()
                - grid.types.get(chosen.get(a).type()).paidMinutes());
        boolean[] dropped = new boolean[chosen.size()];
        for (int i : order) {
            Pattern p = chosen.get(i);
            boolean redundant = true;
            for (int s = p.start(); s < p.end() && redundant; s++) {
                redundant = !p.onDuty(s) || spare[p.day()][s] > 0;
            }
            if (redundant) {
                dropped[i] = true;
                for (int s = p.start(); s < p.end(); s++) {
                    if (p.onDuty(s)) {
                        spare[p.day()][s]--;
                    }
                }
            }
        }
        for (int i = 0; i < chosen.size(); i++) {
            if (!dropped[i]) {
                kept.add(chosen.get(i));
            }
        }
        return kept;
    }

    /** The contract with the most room left for the pattern, or -1 when none has room. */
    private static int contractFor(Grid grid, Pattern p, int[][] dayLeft, int[][] weekLeft, long[][] paidLeft) {
        int week = grid.days.get(p.day()).week();
        int paid = grid.types.get(p.type()).paidMinutes();
        int best = -1;
        for (GridContract c : grid.contracts) {
            int i = c.index();
            if (c.allows()[p.type()]
                    && dayLeft[i][p.day()] > 0
                    && weekLeft[i][week] > 0
                    && paidLeft[i][week] >= paid
                    && (best < 0 || dayLeft[i][p.day()] > dayLeft[best][p.day()])) {
                best = i;
            }
        }
        return best;
    }

    private static boolean take(
            Grid grid,
            Pattern p,
            int[][] dayLeft,
            int[][] weekLeft,
            long[][] paidLeft,
            int[][] missing,
            List<Pattern> chosen,
            List<Integer> contractOf) {
        int c = contractFor(grid, p, dayLeft, weekLeft, paidLeft);
        if (c < 0) {
            return false;
        }
        int week = grid.days.get(p.day()).week();
        dayLeft[c][p.day()]--;
        weekLeft[c][week]--;
        paidLeft[c][week] -= grid.types.get(p.type()).paidMinutes();
        for (int s = p.start(); s < p.end(); s++) {
            if (p.onDuty(s)) {
                missing[p.day()][s]--;
            }
        }
        chosen.add(p);
        contractOf.add(c);
        return true;
    }
}
