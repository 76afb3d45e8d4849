package dev.kantor.scheduling.shifts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.scheduling.ContractDetails;
import dev.kantor.scheduling.ContractSummary;
import dev.kantor.scheduling.problem.Contract;

/**
 * A contract as stored, with the shift types it allows (ids and names, by name).
 */
public record DefinedContract(
        long id,
        String name,
        List<AllowedShiftType> allowedShiftTypes,
        int maxShiftsPerDay,
        int maxShiftsPerWeek,
        int maxPaidMinutesPerWeek,
        int minRestBetweenShiftsMinutes,
        int version) {

    /** A shift type a contract allows. */
    public record AllowedShiftType(long id, String name) {}

    public DefinedContract {
        allowedShiftTypes = List.copyOf(allowedShiftTypes);
    }

    public List<Long> allowedShiftTypeIds() {
        return allowedShiftTypes.stream().map(AllowedShiftType::id).toList();
    }

    /** The contract as a scheduling problem names it: shift types by name. */
    public Contract toProblem() {
        return new Contract(
                name,
                allowedShiftTypes.stream().map(AllowedShiftType::name).toList(),
                maxShiftsPerDay,
                maxShiftsPerWeek,
                maxPaidMinutesPerWeek,
                minRestBetweenShiftsMinutes);
    }

    public ContractDetails details() {
        return new ContractDetails(
                name,
                allowedShiftTypeIds(),
                maxShiftsPerDay,
                maxShiftsPerWeek,
                maxPaidMinutesPerWeek,
                minRestBetweenShiftsMinutes);
    }

    public ContractSummary summary() {
        return new ContractSummary(id, name, allowedShiftTypeIds());
    }

    /** The fields as the audit trail records them. */
    Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put(
                "allowedShiftTypes",
                String.join(
                        ", ",
                        allowedShiftTypes.stream().map(AllowedShiftType::name).toList()));
        fields.put("maxShiftsPerDay", String.valueOf(maxShiftsPerDay));
        fields.put("maxShiftsPerWeek", String.valueOf(maxShiftsPerWeek));
        fields.put("maxPaidMinutesPerWeek", String.valueOf(maxPaidMinutesPerWeek));
        fields.put("minRestBetweenShiftsMinutes", String.valueOf(minRestBetweenShiftsMinutes));
        return fields;
    }
}
