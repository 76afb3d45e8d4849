package dev.kantor.staffing.requirement;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything but the volume that decides an interval's staffing: handling time, customers'
 * patience, the service target and shrinkage, already checked (see {@link StaffingQuestion}).
 *
 * @param patienceSeconds null when contacts never give up
 * @param shrinkage       share of paid time not available for contacts (breaks, training, absence), below 1
 */
public record StaffingBasis(double handlingSeconds, Double patienceSeconds, ServiceTarget target, double shrinkage) {

    /** The requirement for {@code contacts} offered in an interval of {@code intervalSeconds}. */
    public Requirement requirementFor(double contacts, double intervalSeconds) {
        return RequiredAgents.find(
                new Workload(contacts, intervalSeconds, handlingSeconds, patienceSeconds), target, shrinkage);
    }

    /**
     * What each staffing level from {@code spread} below to {@code spread} above the answer would
     * achieve, fewest first; by Erlang C only levels with more agents than Erlangs of traffic, whose
     * queue is stable.
     */
    public List<Performance> candidatesAround(
            Requirement requirement, double contacts, double intervalSeconds, int spread) {
        Workload workload = new Workload(contacts, intervalSeconds, handlingSeconds, patienceSeconds);
        double traffic = workload.trafficErlangs();
        if (traffic == 0) {
            return List.of(requirement.performance());
        }
        int stable = workload.abandons() ? 1 : RequiredAgents.fewestAbove(traffic);
        int lowest = Math.max(stable, requirement.agents() - spread);
        ErlangB.Walk blocking = new ErlangB.Walk(lowest, traffic);
        List<Performance> candidates = new ArrayList<>();
        for (int n = lowest; n <= requirement.agents() + spread; n++) {
            candidates.add(RequiredAgents.performance(workload, target, n, blocking.at(n)));
        }
        return candidates;
    }

    /** Agents to schedule for {@code agents} on the floor. */
    public int scheduled(int agents) {
        return RequiredAgents.scheduled(agents, shrinkage);
    }
}
