package dev.kantor.policies.acknowledgements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kantor.people.EmployeeChanged;
import dev.kantor.people.People;
import dev.kantor.platform.events.ImmediateModuleListener;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.PolicyVersionPublished;
import dev.kantor.policies.applying.PoliciesInForce;
import dev.kantor.policies.applying.PublishedHandbook;
import dev.kantor.policies.applying.Workforce;
import dev.kantor.policies.rules.Outcome;
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
    private final PublishedHandbook handbook;
    private final PoliciesInForce inForce;
    private final Workforce workforce;
    private final People people;
    private final Clock clock;

    AskingToAcknowledge(
            AcknowledgementStore store,
            ReminderSettings settings,
            PublishedHandbook handbook,
            PoliciesInForce inForce,
            Workforce workforce,
            People people,
            Clock clock) {
        this.store = store;
        this.settings = settings;
        this.handbook = handbook;
        this.inForce = inForce;
        this.workforce = workforce;
        this.people = people;
        this.clock = clock;
    }

    /** Everyone the published version applies to, in the publisher's answer: HR sees at once who was asked. */
    @ImmediateModuleListener
    void on(PolicyVersionPublished published) {
        LocalDate today = inForce.today();
        LocalDate day = published.effectiveFrom().isAfter(today) ? published.effectiveFrom() : today;
        List<Person> everyone = workforce.everyone();
        Map<Long, Map<PolicyCategory, Outcome>> all = handbook.fresh().book().resolveAll(everyone, day);
        List<Person> applying = new ArrayList<>();
        for (Person person : everyone) {
            Outcome outcome = all.get(person.employeeId()).get(published.category());
            if (outcome != null
                    && outcome.versionId()
                            .filter(id -> id == published.versionId())
                            .isPresent()) {
                applying.add(person);
            }
        }
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
