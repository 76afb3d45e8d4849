package dev.kantor.staffing.requirement;

/**
 * The staffing an interval needs.
 *
 * @param trafficErlangs   the offered traffic A
 * @param agents           agents on the floor: the smallest n meeting every target (none without contacts);
 *                         above A by Erlang C, possibly below it by Erlang A
 * @param scheduled        agents to schedule so that {@code agents} are on the floor after shrinkage:
 *                         ceil(agents / (1 − shrinkage))
 * @param performance      what {@code agents} achieve: by Erlang A when contacts abandon, else Erlang C
 * @param withAbandonment  whether Erlang A (contacts with limited patience) decided
 * @param agentsByErlangC  what Erlang C alone (contacts that never give up) would ask for
 */
public record Requirement(
        double trafficErlangs,
        int agents,
        int scheduled,
        Performance performance,
        boolean withAbandonment,
        int agentsByErlangC) {}
