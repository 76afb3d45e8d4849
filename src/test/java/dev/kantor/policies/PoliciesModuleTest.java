package dev.kantor.policies;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.people.CustomerContact;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.DirectoryPage;
import dev.kantor.people.Employee;
import dev.kantor.people.EmployeeChanged;
import dev.kantor.people.EmployeeSkills;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.platform.security.SystemUser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The policies module on its own, with the platform only (people stands in as a mock): publishing a version
 * through {@link Handbook} publishes {@link PolicyVersionPublished} and asks the people it applies to; someone
 * who moves into its scope ({@code EmployeeChanged}) is asked once, however often the event is delivered; and the
 * published version decides what the work arrangements may ask for.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform")
class PoliciesModuleTest {

    static final long ANI = 8801;
    static final long BUDI = 8802;
    static final long BACK_POSITION = 8811;
    static final long DEPARTMENT = 8821;

    @Autowired
    Handbook handbook;

    @Autowired
    ArrangementPolicies arrangements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @MockitoBean
    People people;

    /** The calendar module tells the business's zone; here it stands in. */
    @MockitoBean
    dev.kantor.platform.BusinessZone zone;

    long firstPolicy;

    @BeforeEach
    void anOrganisationOfOne() {
        when(zone.zone()).thenReturn(java.time.ZoneId.of("Asia/Jakarta"));
        firstPolicy = jdbc.sql("select coalesce(max(id), 0) + 1 from policy")
                .query(Long.class)
                .single();
        Position back = mock(Position.class);
        when(back.getId()).thenReturn(BACK_POSITION);
        when(back.getDepartmentId()).thenReturn(DEPARTMENT);
        when(back.office()).thenReturn(Office.BACK);
        when(people.positions()).thenReturn(List.of(back));
        when(people.position(BACK_POSITION)).thenReturn(Optional.of(back));
        when(people.activeEmployeeSkills(any()))
                .thenReturn(List.of(new EmployeeSkills(ANI, "Ani Lestari", BACK_POSITION, DEPARTMENT, Map.of())));
        when(people.search(any())).thenReturn(new DirectoryPage(List.of(), 0, 200, 0));
        for (long id : List.of(ANI, BUDI)) {
            Employee employee = mock(Employee.class);
            when(employee.getId()).thenReturn(id);
            when(employee.isActive()).thenReturn(true);
            when(people.employee(id)).thenReturn(Optional.of(employee));
            when(people.entry(id)).thenReturn(Optional.of(entry(id)));
        }
    }

    @AfterEach
    void removeTheHandbook() {
        String versions = "(select id from policy_version where policy_id >= " + firstPolicy + ")";
        jdbc.sql("delete from policy_acknowledgement where version_id in " + versions)
                .update();
        jdbc.sql("delete from notification where kind = 'POLICY' and recipient_id in (?, ?)")
                .params(ANI, BUDI)
                .update();
        jdbc.sql("delete from policy_version where policy_id >= ?")
                .param(firstPolicy)
                .update();
        jdbc.sql("delete from policy where id >= ?").param(firstPolicy).update();
        jdbc.sql("delete from policy_decision where category = 'TELEWORK'").update();
    }

    static DirectoryEntry entry(long id) {
        return new DirectoryEntry(
                id,
                "E" + id,
                "Person " + id,
                null,
                null,
                null,
                true,
                0,
                BACK_POSITION,
                "back",
                "Back",
                "Belakang",
                DEPARTMENT,
                "DEP",
                "Department",
                "Departemen",
                CustomerContact.NONE,
                Office.BACK,
                null,
                null,
                List.of(),
                List.of());
    }

    PolicyVersionRef teleworkForTheBackOffice() {
        return SystemUser.call(() -> {
            handbook.decide(PolicyCategory.TELEWORK, Approach.PER_ENVIRONMENT, "The back office may.");
            handbook.signOff(PolicyCategory.TELEWORK, 0);
            PolicyVersionRef draft = handbook.newPolicy(
                    PolicyCategory.TELEWORK,
                    new PolicyDraft(
                            "Telework",
                            "Kerja jarak jauh",
                            "Two days.",
                            "Dua hari.",
                            ScopeKind.OFFICE,
                            List.of("BACK"),
                            LocalDate.now().minusDays(1),
                            new ArrangementTerms(true, 2, null, null)));
            // a version for the back office is published only once a manager signed it off
            return handbook.signOffVersion(draft.versionId(), draft.version());
        });
    }

    @Test
    void publishingAVersionPublishesTheFactAndAsksThePeopleInItsScope(Scenario scenario) {
        PolicyVersionRef draft = teleworkForTheBackOffice();
        scenario.stimulate(() -> SystemUser.call(() -> handbook.publish(draft.versionId(), draft.version())))
                .andWaitForEventOfType(PolicyVersionPublished.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.versionId()).isEqualTo(draft.versionId());
                    assertThat(event.category()).isEqualTo(PolicyCategory.TELEWORK);
                });
        await().atMost(Duration.ofSeconds(10)).until(() -> asked(ANI, draft.versionId()) == 1);
        assertThat(arrangements
                        .allowance(ANI, ArrangementKind.TELEWORK, LocalDate.now())
                        .teleworkDaysPerWeek())
                .isEqualTo(2);
    }

    @Test
    void someoneMovingIntoTheScopeIsAskedOnceHoweverOftenTheEventComes() {
        PolicyVersionRef draft = teleworkForTheBackOffice();
        SystemUser.call(() -> handbook.publish(draft.versionId(), draft.version()));
        assertThat(asked(BUDI, draft.versionId())).isZero();

        transaction.executeWithoutResult(status -> events.publishEvent(new EmployeeChanged(BUDI)));
        await().atMost(Duration.ofSeconds(10)).until(() -> asked(BUDI, draft.versionId()) == 1);
        transaction.executeWithoutResult(status -> events.publishEvent(new EmployeeChanged(BUDI)));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
        assertThat(asked(BUDI, draft.versionId())).isEqualTo(1);
    }

    @Test
    void everyoneInTheScopeIsToldOnceOfTheNewPolicyInTheirLanguageHoweverOftenTheEventComes() {
        PolicyVersionRef draft = teleworkForTheBackOffice();
        SystemUser.call(() -> handbook.publish(draft.versionId(), draft.version()));
        await().atMost(Duration.ofSeconds(10)).until(() -> told(ANI, draft.versionId()) == 1);

        // the same publication delivered again tells nobody twice
        transaction.executeWithoutResult(status -> events.publishEvent(new PolicyVersionPublished(
                draft.versionId(),
                draft.policyId(),
                PolicyCategory.TELEWORK,
                LocalDate.now().minusDays(1))));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
        assertThat(told(ANI, draft.versionId())).isEqualTo(1);
        // Budi works nowhere the version applies (he is not on the workforce here): he is not told
        assertThat(told(BUDI, draft.versionId())).isZero();
        Map<String, Object> notice = jdbc.sql(
                        "select message_key, args, link from notification where recipient_id = ? and kind = 'POLICY'")
                .param(ANI)
                .query()
                .singleRow();
        assertThat(notice.get("message_key")).isEqualTo("notice.policy-published");
        assertThat(notice.get("link")).isEqualTo("/policies/mine");
        assertThat((String) notice.get("args")).contains("Telework", "Kerja jarak jauh");
    }

    long told(long employeeId, long versionId) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and event_key = ?")
                .params(employeeId, "policy:" + versionId + ":" + employeeId)
                .query(Long.class)
                .single();
    }

    long asked(long employeeId, long versionId) {
        return jdbc.sql("select count(*) from policy_acknowledgement where employee_id = ? and version_id = ?")
                .params(employeeId, versionId)
                .query(Long.class)
                .single();
    }
}
