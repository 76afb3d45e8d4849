package dev.kantor.scheduling.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.kantor.scheduling.grid.Grid;
import dev.kantor.scheduling.grid.Grid.GridType;
import dev.kantor.scheduling.grid.Pattern;

/**
 * A quick assignment of a shift mix to agents, day by day: each shift, earliest first, goes to the
 * eligible agent with the most unused capacity for the rest of their week, then the least paid so
 * far. It serves as the first answer while the search runs and as a hint for {@link ShiftAssignment}.
 */
final class GreedyAssignment {

    record Outcome(List<Placement> placed, List<Pattern> unplaced) {}

    private GreedyAssignment() {}

    static Outcome assign(Roster roster, List<Pattern> shifts) {
        Grid grid = roster.grid;
        int agents = grid.agents.size();
        Pattern[][] given = new Pattern[agents][grid.dayCount()];
        int[][] weekShifts = new int[agents][grid.weeks];
        int[][] weekPaid = new int[agents][grid.weeks];
        long[] paid = roster.fixedPaid.clone();
        List<Placement> placed = new ArrayList<>();
        List<Pattern> unplaced = new ArrayList<>();
        List<Pattern> ordered = new ArrayList<>(shifts);
        ordered.sort(Comparator.comparingInt(Pattern::day)
                .thenComparingInt(Pattern::start)
                .thenComparingInt(Pattern::type));
        for (Pattern p : ordered) {
            GridType type = grid.types.get(p.type());
            int week = grid.days.get(p.day()).week();
            int best = -1;
            double bestSlack = 0;
            for (int a = 0; a < agents; a++) {
                if (given[a][p.day()] != null
                        || !roster.eligible(a, p)
                        || weekShifts[a][week] >= roster.capacity.agentWeekShifts[a][week]
                        || weekPaid[a][week] + type.paidMinutes() > roster.capacity.agentWeekPaid[a][week]) {
                    continue;
                }
                if (p.day() > 0 && given[a][p.day() - 1] != null && !roster.restBetween(a, given[a][p.day() - 1], p)) {
                    continue;
                }
                // unused shifts left this week against the days left to use them
                int daysLeft = 0;
                for (int d = p.day(); d < grid.dayCount() && grid.days.get(d).week() == week; d++) {
                    daysLeft += roster.capacity.agentDay[a][d] > 0 ? 1 : 0;
                }
                // shifts of this type the week can still take, counting both shifts and paid minutes
                int room = Math.min(
                        roster.capacity.agentWeekShifts[a][week] - weekShifts[a][week],
                        (roster.capacity.agentWeekPaid[a][week] - weekPaid[a][week]) / type.paidMinutes());
                double slack = room / (double) daysLeft;
                if (best < 0
                        || slack > bestSlack + 1e-9
                        || (Math.abs(slack - bestSlack) <= 1e-9 && paid[a] < paid[best])) {
                    best = a;
                    bestSlack = slack;
                }
            }
            if (best < 0) {
                unplaced.add(p);
                continue;
            }
            given[best][p.day()] = p;
            weekShifts[best][week]++;
            weekPaid[best][week] += type.paidMinutes();
            paid[best] += type.paidMinutes();
            placed.add(new Placement(best, p));
        }
        return new Outcome(placed, unplaced);
    }
}
