package dev.kantor.policies.acknowledgements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.kantor.people.EmployeeChanged;
import dev.kantor.people.People;
import dev.kantor.platform.events.ImmediateModuleListener;
import dev.kantor.policies.PolicyVersionPublished;
import dev.kantor.policies.applying.PoliciesInForce;
import dev.kantor.policies.applying.Workforce;
import dev.kantor.policies.rules.Person;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Asks people to acknowledge the versions that apply to them: everyone a version applies to when it is
 * published (on the day it takes effect, or today if that has passed), and a person who moves into a scope the
 * versions that now apply to them. Asking twice asks once (one row per version and person).
 */
@Component
class AskingToAcknowledge {

    private final AcknowledgementStore store;
    private final ReminderSettings settings;
    private final VersionAudience audience;
    private final PoliciesInForce inForce;
    private final Workforce workforce;
    private final People people;
    private final Clock clock;

    AskingToAcknowledge(
            AcknowledgementStore store,
            ReminderSettings settings,
            VersionAudience audience,
            PoliciesInForce inForce,
            Workforce workforce,
            People people,
            Clock clock) {
        this.store = store;
        this.settings = settings;
        this.audience = audience;
        this.inForce = inForce;
        this.workforce = workforce;
        this.people = people;
        this.clock = clock;
    }

    /** Everyone the published version applies to, in the publisher's answer: HR sees at once who was asked. */
    @ImmediateModuleListener
    void on(PolicyVersionPublished published) {
        LocalDate today = inForce.today();
        List<Person> applying = audience.of(published);
        store.ask(
                published.versionId(),
                applying,
                clock.instant(),
                today.plusDays(settings.now().dueAfterDays()));
    }

    /** Someone hired, moved or back: the versions that now apply to them and they were never asked about. */
    @ApplicationModuleListener
    void on(EmployeeChanged changed) {
        askAbout(changed.employeeId());
    }

    /** @return how many versions they were newly asked to acknowledge */
    int askAbout(long employeeId) {
        boolean active = people.employee(employeeId).map(e -> e.isActive()).orElse(false);
        if (!active) {
            return 0;
        }
        Person person = workforce.person(employeeId).orElseThrow();
        LocalDate today = inForce.today();
        int asked = 0;
        for (var applying : inForce.of(person, today)) {
            if (applying.version().isPresent()) {
                asked += store.ask(
                        applying.version().get().id(),
                        List.of(person),
                        clock.instant(),
                        today.plusDays(settings.now().dueAfterDays()));
            }
        }
        return asked;
    }
}
