package dev.kantor.bench.timefold;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** An agent on a day they can work: which pattern they work, or none. */
@PlanningEntity
public class TfAgentDay {

    private int agent;
    private int day;
    private int week;
    private int maxShiftsPerWeek;
    private int maxPaidPerWeek;
    private int restMinutes;
    private List<TfPattern> allowed;

    @PlanningVariable(valueRangeProviderRefs = "allowed", allowsUnassigned = true)
    private TfPattern pattern;

    public TfAgentDay() {}

    public TfAgentDay(
            int agent,
            int day,
            int week,
            int maxShiftsPerWeek,
            int maxPaidPerWeek,
            int restMinutes,
            List<TfPattern> allowed) {
        this.agent = agent;
        this.day = day;
        this.week = week;
        this.maxShiftsPerWeek = maxShiftsPerWeek;
        this.maxPaidPerWeek = maxPaidPerWeek;
        this.restMinutes = restMinutes;
        this.allowed = allowed;
    }

    @ValueRangeProvider(id = "allowed")
    public List<TfPattern> getAllowed() {
        return allowed;
    }

    public TfPattern getPattern() {
        return pattern;
    }

    public void setPattern(TfPattern pattern) {
        this.pattern = pattern;
    }

    public int getAgent() {
        return agent;
    }

    public int getDay() {
        return day;
    }

    public int getWeek() {
        return week;
    }

    public int getMaxShiftsPerWeek() {
        return maxShiftsPerWeek;
    }

    public int getMaxPaidPerWeek() {
        return maxPaidPerWeek;
    }

    public int getRestMinutes() {
        return restMinutes;
    }
}
