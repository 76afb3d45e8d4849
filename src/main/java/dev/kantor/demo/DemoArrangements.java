package dev.kantor.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

import dev.kantor.arrangements.NewArrangement;
import dev.kantor.arrangements.WorkArrangements;
import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.SystemUser;

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
 * accountant Siti Rahmawati asks for telework on Mondays and Thursdays for four weeks from next Monday, waiting on
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
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoArrangements(
            WorkArrangements arrangements,
            People people,
            BusinessCalendars calendars,
            TransactionTemplate transaction,
            Clock clock) {
        this.arrangements = arrangements;
        this.people = people;
        this.calendars = calendars;
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
        try {
            transaction.executeWithoutResult(status -> SystemUser.callAs(
                    siti,
                    Role.STAFF,
                    () -> arrangements.file(NewArrangement.telework(
                            Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                            nextMonday,
                            nextMonday.plusDays(27),
                            "Closing the year's accounts: quiet days at home for the reconciliations."))));
            long flextime = transaction.execute(status -> SystemUser.callAs(
                    benny,
                    Role.STAFF,
                    () -> arrangements.file(NewArrangement.flextime(
                            LocalTime.of(7, 0), LocalTime.of(18, 0), today, null, "School run in the mornings."))));
            transaction.executeWithoutResult(status -> SystemUser.callAs(lanny, Role.MANAGER, () -> {
                arrangements.approve(flextime, "Fine, as long as the core hours are kept.", null);
                return null;
            }));
        } catch (KantorException e) {
            // the policies in force may not allow what the demo asks: the rest of the demo stands
            log.info("The demo's work arrangements were not filed: {}", e.getMessage());
        }
    }

    private long id(String email) {
        return people.employeeByEmail(email).map(Employee::getId).orElseThrow();
    }
}
