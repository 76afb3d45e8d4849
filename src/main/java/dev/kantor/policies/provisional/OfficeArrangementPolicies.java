package dev.kantor.policies.provisional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.policies.ArrangementAllowance;
import dev.kantor.policies.ArrangementKind;
import dev.kantor.policies.ArrangementPolicies;

import org.springframework.stereotype.Component;

/**
 * Until HR's policies decide it: the back office may telework two days a week and work flextime around core
 * hours of 10:00 to 15:00; the front office and hybrid staff may not.
 */
@Component
class OfficeArrangementPolicies implements ArrangementPolicies {

    private final People people;

    OfficeArrangementPolicies(People people) {
        this.people = people;
    }

    @Override
    public ArrangementAllowance allowance(long employeeId, ArrangementKind kind, LocalDate on) {
        boolean back = people.employee(employeeId)
                .flatMap(e -> people.position(e.getPositionId()))
                .map(p -> p.office() == Office.BACK)
                .orElse(false);
        if (!back) {
            return ArrangementAllowance.notAllowed(kind);
        }
        return new ArrangementAllowance(
                kind,
                true,
                Optional.empty(),
                Optional.empty(),
                kind == ArrangementKind.TELEWORK ? 2 : 0,
                Optional.of(LocalTime.of(10, 0)),
                Optional.of(LocalTime.of(15, 0)));
    }
}
