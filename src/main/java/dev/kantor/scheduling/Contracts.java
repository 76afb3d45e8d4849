package dev.kantor.scheduling;

import java.util.List;

import dev.kantor.scheduling.shifts.DefinedContract;
import dev.kantor.scheduling.shifts.StoredContracts;

import org.springframework.stereotype.Service;

/**
 * The contracts people work shifts under, for other modules: everyone signed in reads them;
 * managers, admins and HR (or Kantor itself, as for demo data) define them. A definition is checked
 * by the scheduling solver's own rules and recorded in the audit trail, as on the contract pages.
 */
@Service
public class Contracts {

    private final StoredContracts stored;

    Contracts(StoredContracts stored) {
        this.stored = stored;
    }

    /** Every contract, by name. */
    public List<ContractSummary> all() {
        return stored.all().stream().map(DefinedContract::summary).toList();
    }

    /** The most paid minutes a week the contract allows, if there is such a contract. */
    public java.util.Optional<Integer> maxPaidMinutesPerWeek(long contractId) {
        return stored.find(contractId).map(DefinedContract::maxPaidMinutesPerWeek);
    }

    /**
     * Defines a contract.
     *
     * @throws dev.kantor.platform.InvalidInput   naming every field that breaks a rule, such as a
     *                                            shift type that does not exist
     * @throws dev.kantor.platform.DuplicateValue when another contract has the name
     */
    public ContractSummary define(ContractDetails details) {
        return stored.create(details).summary();
    }
}
