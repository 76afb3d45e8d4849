package dev.kantor.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.security.SystemUser;

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
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The assessment module on its own, with the platform only (people stands in as a mock): answers
 * recorded through its API publish {@link AssessmentCompleted}; sharing with one's manager publishes
 * {@link ResultShared}, which tells the manager once, however often it is delivered.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform")
class AssessmentModuleTest {

    static final long EMPLOYEE = 7001;
    static final long MANAGER = 7002;

    @Autowired
    Assessments assessments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @MockitoBean
    People people;

    @Test
    void recordedAnswersPublishAssessmentCompleted(Scenario scenario) {
        scenario.stimulate(() -> SystemUser.call(() ->
                        assessments.record(EMPLOYEE, AssessmentApiContract.front(), Locale.ENGLISH, Instant.now())))
                .andWaitForEventOfType(AssessmentCompleted.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.employeeId()).isEqualTo(EMPLOYEE);
                    assertThat(event.candidateId()).isNull();
                });
    }

    @Test
    void sharingWithTheManagerTellsThemOnceEvenWhenTheEventComesTwice(Scenario scenario) {
        Employee employee = mock(Employee.class);
        when(employee.getId()).thenReturn(EMPLOYEE);
        when(employee.getManagerId()).thenReturn(MANAGER);
        when(employee.getFullName()).thenReturn("Ani Lestari");
        when(people.employee(EMPLOYEE)).thenReturn(Optional.of(employee));
        when(people.nameOf(EMPLOYEE)).thenReturn(Optional.of("Ani Lestari"));

        scenario.stimulate(() -> SystemUser.run(() -> assessments.share(EMPLOYEE, Audience.MANAGER)))
                .andWaitForStateChange(() -> notices(), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));

        // the same fact delivered again (a restart, a redelivery) notifies nobody twice
        ResultShared again = new ResultShared(
                EMPLOYEE,
                Audience.MANAGER,
                jdbc.sql("select granted_at from assessment_consent where employee_id = ?")
                        .param(EMPLOYEE)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant());
        transaction.executeWithoutResult(status -> events.publishEvent(again));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
        assertThat(notices()).isEqualTo(1);
    }

    long notices() {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and kind = 'ASSESSMENT'")
                .param(MANAGER)
                .query(Long.class)
                .single();
    }
}
