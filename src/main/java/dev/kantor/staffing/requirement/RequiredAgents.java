package dev.kantor.staffing.requirement;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;

/**
 * Finds the fewest agents that meet every target: the smallest n whose service level, average
 * speed of answer, occupancy and share of contacts giving up all meet theirs. Without patience
 * Erlang C decides, and only n &gt; A keeps its queue from growing without end. With patience
 * Erlang A decides, and its queue is stable at any n: customers who give up make room, so the
 * answer may lie below A when every target still holds there. The abandonment cap is what keeps
 * that honest: below A at least 1 − n/A of the contacts must give up.
 *
 * <p>The search starts near A, not at 1, and walks n upward carrying Erlang B along, so the
 * recursion costs O(n) once per search; each Erlang C step is then O(1). Erlang A probes from
 * Erlang C's answer outwards (doubling steps, then halving), since its answer is usually close.
 * The search gives up, with a message instead of a hang, far beyond any level a reachable
 * target needs.
 */
final class RequiredAgents {

    /** Rounding must not turn 14 / 0.7 = 20.000000000000004 into 21 scheduled agents. */
    private static final double ROUNDING = 1e-9;

    private RequiredAgents() {}

    static Requirement find(Workload workload, ServiceTarget target, double shrinkage) {
        double traffic = workload.trafficErlangs();
        if (traffic == 0) {
            return new Requirement(0, 0, 0, Performance.idle(target.withinSeconds()), workload.abandons(), 0);
        }
        return find(workload, target, shrinkage, searchLimit(traffic, target));
    }

    /** With an explicit limit on n, so that a test can prove that the search gives up. */
    static Requirement find(Workload workload, ServiceTarget target, double shrinkage, int limit) {
        double traffic = workload.trafficErlangs();
        int start = fewestAbove(traffic);
        if (target.maxOccupancy() != null) {
            // occupancy A/n ≤ cap needs n ≥ A/cap: no need to look below
            start = Math.max(start, (int) Math.ceil(traffic / target.maxOccupancy() - ROUNDING));
        }
        ErlangB.Walk blocking = new ErlangB.Walk(Math.min(start, limit), traffic);
        int n = start;
        Performance erlangC;
        while (true) {
            if (n > limit) {
                throw unreachable(target);
            }
            erlangC = ErlangC.at(n, traffic, blocking.at(n), workload.handlingSeconds(), target.withinSeconds());
            if (target.metBy(erlangC)) {
                break;
            }
            n++;
        }
        if (!workload.abandons()) {
            return new Requirement(traffic, n, scheduled(n, shrinkage), erlangC, false, n);
        }
        int withAbandonment = withAbandonment(workload, target, blocking, n, limit);
        Performance erlangA = performance(workload, target, withAbandonment, blocking.at(withAbandonment));
        return new Requirement(traffic, withAbandonment, scheduled(withAbandonment, shrinkage), erlangA, true, n);
    }

    /**
     * Erlang A's answer. One probe at the fewest agents above the load tells on which side of it
     * the answer lies: above, Erlang C's answer is a close first guess; below, where each probe
     * sums a long queue, the fluid model of an overloaded queue is (Whitt, "Fluid models for
     * multiserver queues with abandonments", 2006): n agents answer a share n/A of the contacts
     * after a wait of ln(A/n) × patience, and the rest give up.
     */
    private static int withAbandonment(
            Workload workload, ServiceTarget target, ErlangB.Walk blocking, int byErlangC, int limit) {
        int stable = fewestAbove(workload.trafficErlangs());
        if (!meetsWithAbandonment(workload, target, blocking, stable)) {
            return smallestMeeting(workload, target, blocking, Math.max(byErlangC, stable + 1), stable + 1, limit);
        }
        return smallestMeeting(workload, target, blocking, Math.min(stable, fluidGuess(workload, target)), 1, stable);
    }

    /** The fewest agents the fluid model of an overloaded queue says would meet the targets. */
    private static int fluidGuess(Workload workload, ServiceTarget target) {
        double patience = workload.patienceSeconds();
        double share = 0; // of the traffic
        if (target.answeredShare() != null) {
            share = Math.max(target.answeredShare(), Math.exp(-target.withinSeconds() / patience));
        }
        if (target.maxAsaSeconds() != null) {
            share = Math.max(share, Math.exp(-target.maxAsaSeconds() / patience));
        }
        if (target.maxAbandonShare() != null) {
            share = Math.max(share, 1 - target.maxAbandonShare());
        }
        return Math.max(1, (int) Math.ceil(workload.trafficErlangs() * share));
    }

    /**
     * Erlang A's answer in [lowest, limit], probing outwards from {@code guess} (Erlang C's answer,
     * usually close); its measures improve with n.
     */
    private static int smallestMeeting(
            Workload workload, ServiceTarget target, ErlangB.Walk blocking, int guess, int lowest, int limit) {
        int meets;
        int fails;
        if (meetsWithAbandonment(workload, target, blocking, guess)) {
            meets = guess;
            fails = lowest - 1;
            for (int step = 1; meets - step >= lowest; step *= 2) {
                if (!meetsWithAbandonment(workload, target, blocking, meets - step)) {
                    fails = meets - step;
                    break;
                }
                meets -= step;
            }
        } else {
            fails = guess;
            meets = -1;
            for (int step = 1; meets < 0; step *= 2) {
                int probe = (int) Math.min((long) fails + step, limit);
                if (meetsWithAbandonment(workload, target, blocking, probe)) {
                    meets = probe;
                } else if (probe >= limit) {
                    throw unreachable(target);
                } else {
                    fails = probe;
                }
            }
        }
        while (meets - fails > 1) {
            int middle = fails + (meets - fails) / 2;
            if (meetsWithAbandonment(workload, target, blocking, middle)) {
                meets = middle;
            } else {
                fails = middle;
            }
        }
        return meets;
    }

    private static boolean meetsWithAbandonment(Workload workload, ServiceTarget target, ErlangB.Walk blocking, int n) {
        return target.metBy(performance(workload, target, n, blocking.at(n)));
    }

    /** What n agents achieve, by the model the workload calls for. */
    static Performance performance(Workload workload, ServiceTarget target, int n, double blocking) {
        double traffic = workload.trafficErlangs();
        return workload.abandons()
                ? ErlangA.at(
                        n,
                        traffic,
                        blocking,
                        workload.handlingSeconds(),
                        workload.patienceSeconds(),
                        target.withinSeconds())
                : ErlangC.at(n, traffic, blocking, workload.handlingSeconds(), target.withinSeconds());
    }

    /** The smallest whole number of agents above the traffic. */
    static int fewestAbove(double traffic) {
        return (int) Math.floor(traffic) + 1;
    }

    static int scheduled(int agents, double shrinkage) {
        return (int) Math.ceil(agents / (1.0 - shrinkage) - ROUNDING);
    }

    /**
     * Far beyond any reachable target: at A + 60·√A agents the probability of waiting is below
     * e^(−1800), zero in double precision, so every service level and ASA below perfection is met.
     */
    private static int searchLimit(double traffic, ServiceTarget target) {
        double limit = fewestAbove(traffic) + 200 + 60 * Math.sqrt(traffic);
        if (target.maxOccupancy() != null) {
            limit += traffic / target.maxOccupancy();
        }
        return (int) Math.min(Integer.MAX_VALUE - 1L, (long) limit);
    }

    private static InvalidInput unreachable(ServiceTarget target) {
        InputCheck check = new InputCheck();
        if (target.answeredShare() != null) {
            check.add("serviceLevelPercent", "staffing.target-unreachable");
        }
        if (target.maxAsaSeconds() != null) {
            check.add("maxAsaSeconds", "staffing.target-unreachable");
        }
        if (!check.hasProblems()) {
            check.add("maxOccupancyPercent", "staffing.target-unreachable");
        }
        return new InvalidInput(check.problems());
    }
}
