package dev.kantor.cases.resolution;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import dev.kantor.cases.LeaveCalendar;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.routing.Presence;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.ObjectProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Who can decide an approval follows the roster: on a break or off shift, they cannot. */
class StaffAttendanceTest {

    private static final Instant NOW = Instant.parse("2026-03-04T03:00:00Z");
    private static final long APPROVER = 12L;

    @SuppressWarnings("unchecked")
    private Optional<Absence> absenceWhen(PresenceStatus status) {
        People people = mock(People.class);
        Employee approver = mock(Employee.class);
        when(approver.isActive()).thenReturn(true);
        when(people.employee(APPROVER)).thenReturn(Optional.of(approver));
        PresenceBoard presence = mock(PresenceBoard.class);
        when(presence.of(APPROVER)).thenReturn(new Presence(APPROVER, status, NOW, null, PresenceSource.SCHEDULE));
        ObjectProvider<LeaveCalendar> leave = mock(ObjectProvider.class);
        return new StaffAttendance(people, presence, leave, Clock.fixed(NOW, ZoneOffset.UTC)).absence(APPROVER);
    }

    @ParameterizedTest
    @EnumSource(
            value = PresenceStatus.class,
            names = {"AVAILABLE", "BUSY"})
    void someoneAvailableOrBusyCanDecide(PresenceStatus status) {
        assertThat(absenceWhen(status)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = PresenceStatus.class,
            names = {"ON_BREAK", "AWAY", "OFF_DUTY"})
    void someoneOnABreakAwayOrOffShiftCannot(PresenceStatus status) {
        assertThat(absenceWhen(status)).isPresent();
    }
}
