package dev.kantor.scheduling.grid;

import dev.kantor.scheduling.grid.Grid.GridAgent;
import dev.kantor.scheduling.grid.Grid.GridContract;
import dev.kantor.scheduling.grid.Grid.Pinned;

/**
 * What the roster can still work once the pinned shifts are placed, added up per contract: per
 * day, per week in shifts and per week in paid minutes. Every schedule keeps within these sums,
 * which is what makes them safe in the lower bound and useful in the shift mix.
 */
public final class Capacity {

    /** Shifts contract c can still work on day d. */
    public final int[][] perDay;
    /** Shifts contract c can still work in week w. */
    public final int[][] shiftsPerWeek;
    /** Paid minutes contract c can still work in week w. */
    public final long[][] paidPerWeek;
    /** Per agent and day: shifts still allowed that day. */
    public final int[][] agentDay;
    /** Per agent and week: shifts and paid minutes still allowed. */
    public final int[][] agentWeekShifts;

    public final int[][] agentWeekPaid;

    private final java.util.Map<java.util.List<Integer>, int[]> achievableCache = new java.util.HashMap<>();

    /**
     * The most shifts and the most paid minutes an agent of the contract can work in a week with at
     * most {@code shifts} shifts and {@code paid} paid minutes, each a sum of allowed shift types.
     */
    private int[] achievable(Grid grid, GridContract contract, int shifts, int paid) {
        return achievableCache.computeIfAbsent(java.util.List.of(contract.index(), shifts, paid), key -> {
            long gcd = 0;
            for (Grid.GridType type : grid.types) {
                if (contract.allows()[type.index()]) {
                    gcd = java.math.BigInteger.valueOf(gcd)
                            .gcd(java.math.BigInteger.valueOf(type.paidMinutes()))
                            .longValue();
                }
            }
            if (gcd == 0 || shifts == 0) {
                return new int[] {0, 0};
            }
            int units = (int) (paid / gcd);
            // reachable[u]: the fewest shifts that are paid exactly u units
            int[] fewest = new int[units + 1];
            java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
            fewest[0] = 0;
            int mostShifts = 0;
            int mostUnits = 0;
            // count[u]: the most shifts paid exactly u units, within the shift limit
            int[] most = new int[units + 1];
            java.util.Arrays.fill(most, -1);
            most[0] = 0;
            for (int u = 1; u <= units; u++) {
                for (Grid.GridType type : grid.types) {
                    int cost = (int) (type.paidMinutes() / gcd);
                    if (!contract.allows()[type.index()] || cost > u) {
                        continue;
                    }
                    if (fewest[u - cost] != Integer.MAX_VALUE && fewest[u - cost] + 1 < fewest[u]) {
                        fewest[u] = fewest[u - cost] + 1;
                    }
                    if (most[u - cost] >= 0 && most[u - cost] + 1 <= shifts && most[u - cost] + 1 > most[u]) {
                        most[u] = most[u - cost] + 1;
                    }
                }
            }
            for (int u = 0; u <= units; u++) {
                if (fewest[u] <= shifts) {
                    mostUnits = u;
                }
                mostShifts = Math.max(mostShifts, most[u]);
            }
            return new int[] {mostShifts, (int) (mostUnits * gcd)};
        });
    }

    /**
     * @param shiftsADay at most this many unpinned shifts an agent works a day (the solver gives at
     *        most one; the bound must allow the contract's own limit)
     */
    public Capacity(Grid grid, int shiftsADay) {
        this(grid, grid.pinned, shiftsADay);
    }

    /** What is left once {@code fixed} (the pinned shifts and any already given out) are worked. */
    public Capacity(Grid grid, java.util.List<Pinned> fixed, int shiftsADay) {
        int contracts = grid.contracts.size();
        int agents = grid.agents.size();
        perDay = new int[contracts][grid.dayCount()];
        shiftsPerWeek = new int[contracts][grid.weeks];
        paidPerWeek = new long[contracts][grid.weeks];
        agentDay = new int[agents][grid.dayCount()];
        agentWeekShifts = new int[agents][grid.weeks];
        agentWeekPaid = new int[agents][grid.weeks];
        int[][] pinnedOnDay = new int[agents][grid.dayCount()];
        for (GridAgent agent : grid.agents) {
            GridContract contract = grid.contracts.get(agent.contract());
            for (int w = 0; w < grid.weeks; w++) {
                agentWeekShifts[agent.index()][w] = contract.perWeek();
                agentWeekPaid[agent.index()][w] = contract.paidPerWeek();
            }
        }
        for (Pinned pin : fixed) {
            int w = grid.days.get(pin.day()).week();
            pinnedOnDay[pin.agent()][pin.day()]++;
            agentWeekShifts[pin.agent()][w]--;
            agentWeekPaid[pin.agent()][w] -= grid.types.get(pin.type()).paidMinutes();
        }
        for (GridAgent agent : grid.agents) {
            GridContract contract = grid.contracts.get(agent.contract());
            int a = agent.index();
            int[] daysFree = new int[grid.weeks];
            for (int d = 0; d < grid.dayCount(); d++) {
                int free = agent.available()[d]
                        ? Math.max(0, Math.min(shiftsADay, contract.perDay() - pinnedOnDay[a][d]))
                        : 0;
                if (shiftsADay == 1 && pinnedOnDay[a][d] > 0) {
                    free = 0;
                }
                agentDay[a][d] = free;
                perDay[contract.index()][d] += free;
                daysFree[grid.days.get(d).week()] += free;
            }
            for (int w = 0; w < grid.weeks; w++) {
                agentWeekShifts[a][w] = Math.max(0, Math.min(agentWeekShifts[a][w], daysFree[w]));
                agentWeekPaid[a][w] = Math.max(0, agentWeekPaid[a][w]);
                // what an agent can really be paid is a sum of whole shifts: 1,500 minutes of 6- and 4-hour
                // shifts is at most 1,440, and the sums over a contract must not count the fragments
                int[] achievable = achievable(grid, contract, agentWeekShifts[a][w], agentWeekPaid[a][w]);
                agentWeekShifts[a][w] = achievable[0];
                agentWeekPaid[a][w] = achievable[1];
                shiftsPerWeek[contract.index()][w] += agentWeekShifts[a][w];
                paidPerWeek[contract.index()][w] += agentWeekPaid[a][w];
            }
        }
    }
}
