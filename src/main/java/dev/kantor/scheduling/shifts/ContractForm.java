package dev.kantor.scheduling.shifts;

import java.util.ArrayList;
import java.util.List;

import dev.kantor.scheduling.ContractDetails;

/** The contract form as the browser sends it: the allowed shift types as checked boxes. */
public class ContractForm {

    private String name;
    private List<Long> allowedShiftTypeIds = new ArrayList<>();
    private Integer maxShiftsPerDay;
    private Integer maxShiftsPerWeek;
    private Integer maxPaidMinutesPerWeek;
    private Integer minRestBetweenShiftsMinutes;
    private int version;

    /** A new contract's form: one shift a day and eleven hours' rest, as labour rules usually ask. */
    static ContractForm blank() {
        ContractForm form = new ContractForm();
        form.maxShiftsPerDay = 1;
        form.minRestBetweenShiftsMinutes = 660;
        return form;
    }

    static ContractForm of(DefinedContract contract) {
        ContractForm form = new ContractForm();
        form.name = contract.name();
        form.allowedShiftTypeIds = new ArrayList<>(contract.allowedShiftTypeIds());
        form.maxShiftsPerDay = contract.maxShiftsPerDay();
        form.maxShiftsPerWeek = contract.maxShiftsPerWeek();
        form.maxPaidMinutesPerWeek = contract.maxPaidMinutesPerWeek();
        form.minRestBetweenShiftsMinutes = contract.minRestBetweenShiftsMinutes();
        form.version = contract.version();
        return form;
    }

    ContractDetails details() {
        return new ContractDetails(
                name,
                allowedShiftTypeIds == null ? List.of() : allowedShiftTypeIds,
                maxShiftsPerDay,
                maxShiftsPerWeek,
                maxPaidMinutesPerWeek,
                minRestBetweenShiftsMinutes);
    }

    /** Where the form shows a rule's field: any of the allowed shift types on the list of boxes. */
    static String fieldOf(String field) {
        return field.startsWith("allowedShiftTypeIds") ? "allowedShiftTypeIds" : field;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Long> getAllowedShiftTypeIds() {
        return allowedShiftTypeIds;
    }

    public void setAllowedShiftTypeIds(List<Long> ids) {
        this.allowedShiftTypeIds = ids;
    }

    public Integer getMaxShiftsPerDay() {
        return maxShiftsPerDay;
    }

    public void setMaxShiftsPerDay(Integer maxShiftsPerDay) {
        this.maxShiftsPerDay = maxShiftsPerDay;
    }

    public Integer getMaxShiftsPerWeek() {
        return maxShiftsPerWeek;
    }

    public void setMaxShiftsPerWeek(Integer maxShiftsPerWeek) {
        this.maxShiftsPerWeek = maxShiftsPerWeek;
    }

    public Integer getMaxPaidMinutesPerWeek() {
        return maxPaidMinutesPerWeek;
    }

    public void setMaxPaidMinutesPerWeek(Integer minutes) {
        this.maxPaidMinutesPerWeek = minutes;
    }

    public Integer getMinRestBetweenShiftsMinutes() {
        return minRestBetweenShiftsMinutes;
    }

    public void setMinRestBetweenShiftsMinutes(Integer minutes) {
        this.minRestBetweenShiftsMinutes = minutes;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
