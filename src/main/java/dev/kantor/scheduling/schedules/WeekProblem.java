package dev.kantor.scheduling.schedules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.scheduling.problem.Agent;
import dev.kantor.scheduling.problem.Contract;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ShiftType;
import dev.kantor.scheduling.rosters.RosterMember;
import dev.kantor.scheduling.shifts.DefinedContract;
import dev.kantor.scheduling.shifts.DefinedShiftType;

/**
 * A queue's week as a scheduling problem: its days, the roster as agents (an agent's id is the
 * employee's id, a contract's and a shift type's id their names), the contracts the roster works
 * under and the shift types they allow, each with the dates within the week the person cannot work.
 */
final class WeekProblem {

    private WeekProblem() {}

    static Problem of(
            List<Day> days,
            List<RosterMember> roster,
            List<DefinedContract> contracts,
            List<DefinedShiftType> shiftTypes,
            Integer timeLimitSeconds) {
        Map<Long, DefinedContract> contractById = new LinkedHashMap<>();
        contracts.forEach(c -> contractById.put(c.id(), c));
        Map<Long, DefinedShiftType> typeById = new LinkedHashMap<>();
        shiftTypes.forEach(t -> typeById.put(t.id(), t));
        Set<LocalDate> week = new LinkedHashSet<>();
        days.forEach(d -> week.add(d.date()));
        Map<Long, Contract> used = new LinkedHashMap<>();
        Set<Long> usedTypes = new LinkedHashSet<>();
        List<Agent> agents = new ArrayList<>();
        for (RosterMember member : roster) {
            DefinedContract contract = contractById.get(member.contractId());
            if (contract == null) {
                continue;
            }
            used.computeIfAbsent(contract.id(), id -> contract.toProblem());
            usedTypes.addAll(contract.allowedShiftTypeIds());
            agents.add(new Agent(
                    String.valueOf(member.employeeId()),
                    contract.name(),
                    member.unavailableDates().stream().filter(week::contains).toList()));
        }
        List<ShiftType> types = usedTypes.stream()
                .map(typeById::get)
                .filter(java.util.Objects::nonNull)
                .map(DefinedShiftType::toProblem)
                .toList();
        return new Problem(
                RequirementDays.STEP, days, types, List.copyOf(used.values()), agents, timeLimitSeconds, List.of());
    }
}
