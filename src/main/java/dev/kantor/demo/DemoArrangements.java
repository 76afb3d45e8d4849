package dev.kantor.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import dev.kantor.arrangements.NewArrangement;
import dev.kantor.arrangements.WorkArrangements;
import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.policies.ArrangementAllowance;
import dev.kantor.policies.ArrangementKind;
import dev.kantor.policies.ArrangementPolicies;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company's work arrangements, filed and decided by its people through the arrangements module's API: the
 * accountant Siti Rahmawati asks for telework on Mondays and Thursdays (as many of them as the handbook's telework
 * policy allows her a week) for four weeks from next Monday, waiting on
 * Accounting's manager Lanny Halim (account {@code backoffice}); the accountant Benny Kusuma works flextime from
 * 07:00 to 18:00, approved by her. Loaded once, after the demo company and its internal service.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "kantor.demo.enabled", havingValue = "true")
class DemoArrangements implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoArrangements.class);

    private final WorkArrangements arrangements;
    private final People people;
    private final BusinessCalendars calendars;
    private final ArrangementPolicies policies;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoArrangements(
            WorkArrangements arrangements,
            People people,
            BusinessCalendars calendars,
            ArrangementPolicies policies,
            TransactionTemplate transaction,
            Clock clock) {
        this.arrangements = arrangements;
        this.people = people;
        this.calendars = calendars;
        this.policies = policies;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!people.hasEmployees() || SystemUser.call(arrangements::any)) {
            return;
        }
        long siti = id("siti.rahmawati@sinarmaju.example");
        long benny = id("benny.kusuma@sinarmaju.example");
        long lanny = id("lanny.halim@sinarmaju.example");
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendars.zone());
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        // as many of Mondays and Thursdays as the handbook's telework policy allows her a week
        ArrangementAllowance telework =
                SystemUser.call(() -> policies.allowance(siti, ArrangementKind.TELEWORK, nextMonday));
        List<DayOfWeek> days = List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)
                .subList(0, Math.min(2, telework.allowed() ? telework.teleworkDaysPerWeek() : 0));
        if (!days.isEmpty()) {
            file(
                    "telework",
                    () -> transaction.executeWithoutResult(status -> SystemUser.callAs(
                            siti,
                            Role.STAFF,
                            () -> arrangements.file(NewArrangement.telework(
                                    Set.copyOf(days),
                                    nextMonday,
                                    nextMonday.plusDays(27),
                                    "Closing the year's accounts: quiet days at home for the reconciliations.")))));
        }
        file("flextime", () -> {
            long flextime = transaction.execute(status -> SystemUser.callAs(
                    benny,
                    Role.STAFF,
                    () -> arrangements.file(NewArrangement.flextime(
                            LocalTime.of(7, 0), LocalTime.of(18, 0), today, null, "School run in the mornings."))));
            transaction.executeWithoutResult(status -> SystemUser.callAs(lanny, Role.MANAGER, () -> {
                arrangements.approve(flextime, "Fine, as long as the core hours are kept.", null);
                return null;
            }));
        });
    }

    /** Files one of the demo's arrangements; when the policies in force do not allow it, the rest of the demo stands. */
    private static void file(String what, Runnable filing) {
        try {
            filing.run();
        } catch (KantorException e) {
            log.info("The demo's {} was not filed: {}", what, e.getMessage());
        }
    }

    private long id(String email) {
        return people.employeeByEmail(email).map(Employee::getId).orElseThrow();
    }
}
