package dev.kantor.floor.alerts;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kantor.floor.ResponsibleDepartments;
import dev.kantor.people.People;
import dev.kantor.platform.BusinessZone;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.staffing.DayHours;
import dev.kantor.staffing.IntervalVolume;
import dev.kantor.staffing.QueueChannel;
import dev.kantor.staffing.QueueDetails;
import dev.kantor.staffing.RecordHistory;
import dev.kantor.staffing.WorkQueues;
import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short-staffed as a manager meets it, in a real (headless) Chromium: the alert reaches her in the
 * app, she opens it, clicks "I'll fill in", and the queue's coverage on the page turns covered without
 * the page reloading. The same configuration as the API tests, so that both share one application.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.mail.host=localhost",
            "spring.mail.port=3936",
            "kantor.staff-mail.send-every=PT0.2S",
            // the tests check queues themselves; the job would race them to each alert
            "kantor.floor.alerts.first-check=PT1H",
            "kantor.floor.alerts.check-every=PT1H",
            "kantor.floor.alerts.mail-check=PT1H"
        })
class ShortStaffedBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    WorkQueues queues;

    @Autowired
    People people;

    @Autowired
    ResponsibleDepartments responsible;

    @Autowired
    ShortStaffedCheck check;

    @Autowired
    BusinessZone zone;

    @Autowired
    Clock clock;

    private final List<String> scriptErrors = new ArrayList<>();

    /** A queue open around the clock that needs one agent every interval, and nobody scheduled. */
    private String aQueueOneShortAllDay() {
        String name = "Kiosk " + UUID.randomUUID().toString().substring(0, 8);
        List<DayHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new DayHours(day, "00:00", "00:00"));
        }
        long queueId = SystemUser.call(() -> queues.create(new QueueDetails(
                        name, QueueChannel.FRONT_DESK, hours, 60.0, 80.0, 20.0, null, 85.0, 30.0, null, null))
                .id());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone.zone());
        List<IntervalVolume> history = new ArrayList<>();
        for (Instant at = today.minusDays(14).atStartOfDay(zone.zone()).toInstant();
                at.isBefore(today.atStartOfDay(zone.zone()).toInstant());
                at = at.plus(Duration.ofMinutes(15))) {
            history.add(new IntervalVolume(at, 1, null));
        }
        SystemUser.run(() -> queues.recordHistory(new RecordHistory(queueId, history)));
        long dewi = people.employeeByEmail("dewi.lestari@sinarmaju.example")
                .orElseThrow()
                .getId();
        long department = people.position(people.employee(dewi).orElseThrow().getPositionId())
                .orElseThrow()
                .getDepartmentId();
        SystemUser.run(() -> responsible.name(queueId, department));
        Alert alert = check.check(queueId).orElseThrow();
        assertThat(alert.shortBy()).as("one agent short").isEqualTo(1);
        return name;
    }

    @Test
    void theManagerOpensTheAlertFillsInAndTheQueueTurnsCoveredWithoutReload() {
        String queue = aQueueOneShortAllDay();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Page manager = browsers.open(port, "en-US");
        manager.setDefaultTimeout(30_000);
        manager.onPageError(scriptErrors::add);
        Chromium.signIn(manager, "manager");

        // the alert is waiting in the app
        manager.navigate("/notifications");
        manager.locator("#notification-list a.notification", new Page.LocatorOptions().setHasText(queue))
                .click();
        assertThat(manager.locator("#alert h1")).containsText(queue);
        manager.locator("a#fill-in").click();

        assertThat(manager.locator("#coverage-state")).hasText("Short now or next");
        manager.evaluate("() => { window.kantorSamePage = true; }");
        manager.locator("button#fill-in").click();

        assertThat(manager.locator("#coverage-state")).hasText("Covered now and next");
        assertThat(manager.locator("#coverage")).containsText("You are on the queue until");
        assertThat((Boolean) manager.evaluate("() => window.kantorSamePage === true"))
                .as("the page did not reload")
                .isTrue();
        assertThat(scriptErrors).isEmpty();
    }
}
