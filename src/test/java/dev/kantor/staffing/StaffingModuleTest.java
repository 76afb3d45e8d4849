package dev.kantor.staffing;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.ContactVolumes;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.staffing.queues.StoredQueues;
import dev.kantor.staffing.requirement.Requirement;
import dev.kantor.staffing.requirement.StaffingQuestion;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The staffing module on its own, with the calendar and the platform: what its API promises other
 * modules. Cases are stood in for, since staffing reads them only when asked to count history.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.STANDALONE,
        extraIncludes = {"calendar", "platform"})
class StaffingModuleTest {

    /** Contacts in each open quarter hour of the history: 2 Erlangs at 180 s. */
    private static final double CONTACTS = 10;

    @MockitoBean
    ContactVolumes cases;

    @Autowired
    WorkQueues queues;

    @Autowired
    StaffingRequirements requirements;

    @Autowired
    StoredQueues stored;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    Clock clock;

    /** Open Monday to Friday 08:00–17:00 and Saturday 09:00–12:00, closed on Sunday. */
    private static QueueDetails details(String name, String closesOnWeekdays) {
        List<DayHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() <= 5) {
                hours.add(new DayHours(day, "08:00", closesOnWeekdays));
            } else if (day == DayOfWeek.SATURDAY) {
                hours.add(new DayHours(day, "09:00", "12:00"));
            }
        }
        return new QueueDetails(name, QueueChannel.PHONE, hours, 180.0, 80.0, 20.0, null, 85.0, 30.0, null, null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendars.zone()));
    }

    private LocalDate nextMonday() {
        return today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    /** Eight weeks up to yesterday, the same contacts in every open quarter hour, holidays too. */
    private void eightWeeksOfHistory(QueueSummary queue) {
        ZoneId zone = calendars.zone();
        List<IntervalVolume> volumes = new ArrayList<>();
        for (LocalDate day = today().minusWeeks(8); day.isBefore(today()); day = day.plusDays(1)) {
            for (LocalTime start = LocalTime.MIDNIGHT; ; start = start.plusMinutes(15)) {
                if (queue.isOpen(day.getDayOfWeek(), start)) {
                    volumes.add(
                            new IntervalVolume(day.atTime(start).atZone(zone).toInstant(), (int) CONTACTS, null));
                }
                if (start.equals(LocalTime.of(23, 45))) {
                    break;
                }
            }
        }
        SystemUser.run(() -> queues.recordHistory(new RecordHistory(queue.id(), volumes)));
    }

    @Test
    void aQueueCreatedThroughTheFacadeIsListedWithItsHours() {
        QueueSummary created = SystemUser.call(() -> queues.create(details("Module line", "17:00")));

        assertThat(queues.all()).extracting(QueueSummary::name).contains("Module line");
        QueueSummary found = queues.find(created.id()).orElseThrow();
        assertThat(found.channel()).isEqualTo(QueueChannel.PHONE);
        assertThat(found.hoursOn(DayOfWeek.MONDAY).opens()).isEqualTo(LocalTime.of(8, 0));
        assertThat(found.hoursOn(DayOfWeek.SUNDAY)).isNull();
        assertThat(found.isOpen(DayOfWeek.SATURDAY, LocalTime.of(11, 45))).isTrue();
        assertThat(found.isOpen(DayOfWeek.SATURDAY, LocalTime.of(12, 0))).isFalse();
        assertThat(found.ahtSeconds()).isEqualTo(180.0);
    }

    @Test
    void aQueueIsDefinedOnlyByManagersAndAdminsAndWithEveryFieldRight() {
        assertThatThrownBy(() -> queues.create(details("Anonymous line", "17:00")))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThatThrownBy(() -> SystemUser.call(() -> queues.create(details("Bad line", "17:10"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactly(
                                "hours.MONDAY", "hours.TUESDAY", "hours.WEDNESDAY", "hours.THURSDAY", "hours.FRIDAY"));
        assertThat(queues.all()).extracting(QueueSummary::name).doesNotContain("Anonymous line", "Bad line");
    }

    @Test
    void theWeekRequirementStaffsEveryOpenIntervalFromTheHistory() {
        QueueSummary queue = SystemUser.call(() -> queues.create(details("Requirement line", "17:00")));
        eightWeeksOfHistory(queue);
        LocalDate monday = nextMonday();

        WeekRequirement week = requirements.week(queue.id(), monday).orElseThrow();

        Requirement expected =
                new StaffingQuestion(CONTACTS, 900.0, 180.0, null, 80.0, 20.0, null, 85.0, 30.0).requirement();
        assertThat(week.queueId()).isEqualTo(queue.id());
        assertThat(week.monday()).isEqualTo(monday);
        assertThat(week.days())
                .extracting(DayRequirement::date)
                .containsExactlyElementsOf(monday.datesUntil(monday.plusDays(7)).toList());
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            DayRequirement open = week.on(day);
            assertThat(open.open()).isEqualTo(LocalTime.of(8, 0));
            assertThat(open.close()).isEqualTo(LocalTime.of(17, 0));
            assertThat(open.intervals()).isEqualTo(36);
            assertThat(open.intervalStart(35)).isEqualTo(LocalTime.of(16, 45));
            assertThat(open.onFloor()).containsOnly(expected.agents());
            assertThat(open.scheduled()).containsOnly(expected.scheduled());
        }
        assertThat(week.on(DayOfWeek.SATURDAY).intervals()).isEqualTo(12);
        DayRequirement sunday = week.on(DayOfWeek.SUNDAY);
        assertThat(sunday.isOpen()).isFalse();
        assertThat(sunday.open()).isNull();
        assertThat(sunday.onFloor()).isEmpty();
        assertThat(sunday.scheduled()).isEmpty();
        assertThat(expected.scheduled()).as("30% shrinkage").isGreaterThan(expected.agents());
        assertThatThrownBy(() -> week.on(DayOfWeek.MONDAY).onFloor().set(0, 0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aQueueWithoutHistoryHasNoRequirementYet() {
        QueueSummary queue = SystemUser.call(() -> queues.create(details("New line", "17:00")));

        assertThat(requirements.week(queue.id(), nextMonday())).isEmpty();
    }

    @Test
    void theWeekMustStartOnAMondayOfAQueueThatExists() {
        QueueSummary queue = SystemUser.call(() -> queues.create(details("Monday line", "17:00")));

        assertThatThrownBy(() -> requirements.week(queue.id(), nextMonday().plusDays(2)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.messageKey())
                        .containsExactly("monday staffing.validation.monday"));
        assertThatThrownBy(() -> requirements.week(queue.id(), null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> requirements.week(queue.id(), LocalDate.of(1899, 12, 25)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> requirements.week(-1, nextMonday()))
                .isInstanceOfSatisfying(
                        KantorException.class, e -> assertThat(e.messageKey()).isEqualTo("staffing.queue.not-found"));
    }

    @Test
    void newOpeningHoursArePublishedAsQueueChanged(Scenario scenario) {
        QueueSummary queue = SystemUser.call(() -> queues.create(details("Changing line", "17:00")));

        scenario.stimulate(() -> SystemUser.call(() -> stored.change(queue.id(), details("Changing line", "18:00"), 0)))
                .andWaitForEventOfType(QueueChanged.class)
                .matching(e -> e.queueId() == queue.id())
                .toArriveAndVerify(e -> assertThat(e.version()).isEqualTo(1));
    }

    @Test
    void aNewNameAloneIsNotPublished(PublishedEvents events) {
        QueueSummary queue = SystemUser.call(() -> queues.create(details("Renamed line", "17:00")));

        SystemUser.call(() -> stored.change(queue.id(), details("Renamed line 2", "17:00"), 0));

        assertThat(events.ofType(QueueChanged.class).matching(e -> e.queueId() == queue.id()))
                .isEmpty();
        assertThat(queues.find(queue.id()).orElseThrow().name()).isEqualTo("Renamed line 2");
    }
}
