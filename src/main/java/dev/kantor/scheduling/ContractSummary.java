package dev.kantor.scheduling;

import java.util.List;

/** A defined contract, as other modules see it: its id, name and the shift types it allows. */
public record ContractSummary(long id, String name, List<Long> allowedShiftTypeIds) {

    public ContractSummary {
        allowedShiftTypeIds = List.copyOf(allowedShiftTypeIds);
    }
}
