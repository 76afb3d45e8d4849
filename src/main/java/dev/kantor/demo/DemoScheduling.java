package dev.kantor.demo;

import java.util.List;

import dev.kantor.people.People;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.scheduling.BreakDetails;
import dev.kantor.scheduling.ContractDetails;
import dev.kantor.scheduling.Contracts;
import dev.kantor.scheduling.ShiftTypeDetails;
import dev.kantor.scheduling.ShiftTypeSummary;
import dev.kantor.scheduling.ShiftTypes;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company's shift types and contracts: a full day of 8 paid hours with two 15-minute
 * breaks and an unpaid hour's lunch, part-time shifts of 4 and 6 hours, and full-time (five 8-hour
 * days, 11 hours' rest) and part-time contracts. Loaded into an empty database only, like the rest
 * of the demo company, just before it.
 */
@Component
@Order(-1)
@ConditionalOnProperty(name = "kantor.demo.enabled", havingValue = "true")
class DemoScheduling implements ApplicationRunner {

    private final People people;
    private final ShiftTypes shiftTypes;
    private final Contracts contracts;
    private final TransactionTemplate transaction;
    private volatile boolean loadedNow;

    DemoScheduling(People people, ShiftTypes shiftTypes, Contracts contracts, TransactionTemplate transaction) {
        this.people = people;
        this.shiftTypes = shiftTypes;
        this.contracts = contracts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        // the demo company is loaded right after this (DemoCompany, order 0): no employees yet is a new database
        if (people.hasEmployees()) {
            return;
        }
        SystemUser.run(() -> transaction.executeWithoutResult(status -> load()));
    }

    /** Whether the shift types and contracts were loaded on this start, the demo company's first. */
    boolean loadedNow() {
        return loadedNow;
    }

    private void load() {
        if (!shiftTypes.all().isEmpty()) {
            return;
        }
        // 08:00–17:00 at the counter: a break mid-morning, lunch around noon, a break mid-afternoon
        ShiftTypeSummary fullDay = shiftTypes.define(new ShiftTypeDetails(
                "Full day 8 h",
                540,
                480,
                30,
                List.of(
                        new BreakDetails("morning break", 15, 90, 150),
                        new BreakDetails("lunch", 60, 210, 270),
                        new BreakDetails("afternoon break", 15, 360, 420)),
                60,
                180));
        ShiftTypeSummary fourHours = shiftTypes.define(new ShiftTypeDetails(
                "Part-time 4 h", 240, 240, 30, List.of(new BreakDetails("break", 15, 90, 150)), 0, 150));
        ShiftTypeSummary sixHours = shiftTypes.define(new ShiftTypeDetails(
                "Part-time 6 h",
                390,
                360,
                30,
                List.of(new BreakDetails("break", 15, 90, 150), new BreakDetails("lunch", 30, 180, 240)),
                60,
                180));
        contracts.define(new ContractDetails("Full-time 40 h", List.of(fullDay.id()), 1, 5, 2400, 660));
        contracts.define(new ContractDetails("Part-time", List.of(fourHours.id(), sixHours.id()), 1, 5, 1440, 660));
        loadedNow = true;
    }
}
