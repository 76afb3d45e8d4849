package dev.kantor.scheduling.shifts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.platform.InputCheck;
import dev.kantor.scheduling.ContractDetails;
import dev.kantor.scheduling.problem.Contract;
import dev.kantor.scheduling.problem.ShiftType;

/**
 * The rules a contract keeps: every field present, a name that can be stored, at least one shift
 * type that exists, and the scheduling core's limits (one to three shifts a day, at most three a
 * day in a week, paid minutes within a week, rest within a day).
 */
final class ContractRules {

    private ContractRules() {}

    /**
     * The shift types the contract allows, each once, in the order given.
     *
     * @param known the stored shift types by id
     * @throws dev.kantor.platform.InvalidInput naming every field that breaks a rule
     */
    static List<DefinedShiftType> check(ContractDetails details, Map<Long, DefinedShiftType> known) {
        InputCheck check = new InputCheck();
        check.required("name", details.name(), ShiftTypeRules.MAX_NAME)
                .required("maxShiftsPerDay", details.maxShiftsPerDay())
                .required("maxShiftsPerWeek", details.maxShiftsPerWeek())
                .required("maxPaidMinutesPerWeek", details.maxPaidMinutesPerWeek())
                .required("minRestBetweenShiftsMinutes", details.minRestBetweenShiftsMinutes());
        Set<DefinedShiftType> allowed = new LinkedHashSet<>();
        List<Long> ids = details.allowedShiftTypeIds();
        if (ids == null || ids.isEmpty()) {
            check.add("allowedShiftTypeIds", "scheduling.contract.no-shift-types");
        } else {
            for (int i = 0; i < ids.size(); i++) {
                Long id = ids.get(i);
                if (id == null) {
                    check.add("allowedShiftTypeIds[" + i + "]", "validation.empty-entry");
                } else if (!known.containsKey(id)) {
                    check.add("allowedShiftTypeIds[" + i + "]", "scheduling.contract.unknown-shift-type");
                } else {
                    allowed.add(known.get(id));
                }
            }
        }
        if (details.maxShiftsPerDay() != null
                && details.maxShiftsPerWeek() != null
                && details.maxPaidMinutesPerWeek() != null
                && details.minRestBetweenShiftsMinutes() != null) {
            // the limits are checked even when the name or the shift types are wrong, so that all is said at once
            List<ShiftType> types = new ArrayList<>();
            allowed.forEach(t -> types.add(t.toProblem()));
            String name = details.name() == null || details.name().isBlank()
                    ? "contract"
                    : details.name().strip();
            Contract contract = new Contract(
                    name,
                    types.stream().map(ShiftType::id).toList(),
                    details.maxShiftsPerDay(),
                    details.maxShiftsPerWeek(),
                    details.maxPaidMinutesPerWeek(),
                    details.minRestBetweenShiftsMinutes());
            ProbeProblem.checkContract(contract, types, check);
        }
        check.throwIfAny();
        return List.copyOf(allowed);
    }
}
