package dev.kantor.bench.timefold;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The whole schedule as one Timefold solution. */
@PlanningSolution
public class TfSchedule {

    @ProblemFactCollectionProperty
    private List<TfSlot> slots;

    @PlanningEntityCollectionProperty
    private List<TfAgentDay> agentDays;

    @PlanningScore
    private HardSoftLongScore score;

    public TfSchedule() {}

    public TfSchedule(List<TfSlot> slots, List<TfAgentDay> agentDays) {
        this.slots = slots;
        this.agentDays = agentDays;
    }

    public List<TfSlot> getSlots() {
        return slots;
    }

    public List<TfAgentDay> getAgentDays() {
        return agentDays;
    }

    public HardSoftLongScore getScore() {
        return score;
    }
}
