package dev.kantor.people;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.AccountAdministration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people module on its own, on an empty database: every change to an employee publishes
 * {@link EmployeeChanged}, and {@link SkillsChanged} exactly when what they can serve customers
 * with changed (their skills or languages, or whether they work here at all). The platform is
 * left out: the audit trail and the accounts are stand-ins.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE)
class PeopleModuleTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @MockitoBean
    AuditTrail audit;

    @MockitoBean
    AccountAdministration accounts;

    @Autowired
    PeopleAdministration administration;

    @Autowired
    People people;

    @Autowired
    EventsSeen seen;

    private long positionId;
    private long billing;
    private long complaints;

    @TestConfiguration
    static class Infrastructure {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        EventsSeen eventsSeen() {
            return new EventsSeen();
        }
    }

    /** Every people event published, in order, to count how many of each one change gave. */
    static class EventsSeen {

        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(EmployeeChanged event) {
            events.add(event);
        }

        @EventListener
        void on(SkillsChanged event) {
            events.add(event);
        }

        long count(Object event) {
            return events.stream().filter(event::equals).count();
        }
    }

    @BeforeEach
    void anOrganisation() {
        int n = SEQUENCE.incrementAndGet();
        Department department =
                administration.createDepartment(new DepartmentDetails("MT" + n, "Front " + n, "Depan " + n));
        positionId = administration
                .createPosition(new PositionDetails(
                        "module-agent-" + n,
                        "Agent " + n,
                        "Agen " + n,
                        department.getId(),
                        CustomerContact.CONSTANT,
                        false))
                .getId();
        billing = administration.addSkill("billing-" + n, "Billing", "Tagihan").id();
        complaints = administration
                .addSkill("complaints-" + n, "Complaints", "Keluhan")
                .id();
    }

    private EmployeeDetails details(String email, String phone, Map<Long, Integer> skills) {
        return new EmployeeDetails(null, "Putu Module", email, phone, positionId, null, null, skills, List.of("id"));
    }

    private Employee hired(String name) {
        return administration.hire(details(name + "@module.example", "+62 811-0000-0001", Map.of(billing, 3)));
    }

    @Test
    void hiringPublishesEmployeeChangedAndSkillsChanged(Scenario scenario) {
        scenario.stimulate(() -> administration.hire(details("hired@module.example", null, Map.of(billing, 2))))
                .andWaitForEventOfType(SkillsChanged.class)
                .toArriveAndVerify((event, employee) -> {
                    assertThat(event.employeeId()).isEqualTo(employee.getId());
                    assertThat(seen.count(new EmployeeChanged(employee.getId())))
                            .isOne();
                    assertThat(seen.count(new SkillsChanged(employee.getId()))).isOne();
                });
    }

    @Test
    void changingSkillsPublishesEmployeeChangedAndSkillsChanged(Scenario scenario) {
        Employee employee = hired("skills");

        scenario.stimulate(() -> administration.changeEmployee(
                        employee.getId(),
                        details("skills@module.example", "+62 811-0000-0001", Map.of(billing, 3, complaints, 2)),
                        employee.getVersion()))
                .andWaitForEventOfType(SkillsChanged.class)
                .matchingMappedValue(SkillsChanged::employeeId, employee.getId())
                .toArriveAndVerify(event -> {
                    // the hiring's, and the change's
                    assertThat(seen.count(new EmployeeChanged(employee.getId())))
                            .isEqualTo(2);
                    assertThat(seen.count(new SkillsChanged(employee.getId()))).isEqualTo(2);
                });
    }

    @Test
    void changingOnlyThePhonePublishesOnlyEmployeeChanged(Scenario scenario) {
        Employee employee = hired("phone");

        scenario.stimulate(() -> administration.changeEmployee(
                        employee.getId(),
                        details("phone@module.example", "+62 811-9999-9999", Map.of(billing, 3)),
                        employee.getVersion()))
                .andWaitForEventOfType(EmployeeChanged.class)
                .matchingMappedValue(EmployeeChanged::employeeId, employee.getId())
                .toArriveAndVerify(event -> {
                    assertThat(seen.count(new EmployeeChanged(employee.getId())))
                            .isEqualTo(2);
                    // only the hiring's: a phone number changes nothing a customer is served with
                    assertThat(seen.count(new SkillsChanged(employee.getId()))).isOne();
                });
        assertThat(people.employee(employee.getId()).orElseThrow().getPhone()).isEqualTo("+62 811-9999-9999");
    }

    @Test
    void deactivatingPublishesEmployeeChangedAndSkillsChanged(Scenario scenario) {
        Employee employee = hired("leaving");

        scenario.stimulate(() -> administration.deactivateEmployee(employee.getId()))
                .andWaitForEventOfType(SkillsChanged.class)
                .matchingMappedValue(SkillsChanged::employeeId, employee.getId())
                .toArriveAndVerify(event -> {
                    assertThat(seen.count(new EmployeeChanged(employee.getId())))
                            .isEqualTo(2);
                    assertThat(seen.count(new SkillsChanged(employee.getId()))).isEqualTo(2);
                });
        assertThat(people.employee(employee.getId()).orElseThrow().isActive()).isFalse();
    }
}
