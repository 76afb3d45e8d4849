package dev.kantor.cases.resolution;

import java.time.Clock;
import java.util.Optional;

import dev.kantor.cases.LeaveCalendar;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who can decide an approval now: employed, not on leave, and available or busy by their presence,
 * which follows their published schedule: off shift, on a break or away is not there to decide.
 */
@Component
class StaffAttendance implements EscalationRule.Attendance {

    private final People people;
    private final PresenceBoard presence;
    private final ObjectProvider<LeaveCalendar> leave;
    private final Clock clock;

    StaffAttendance(People people, PresenceBoard presence, ObjectProvider<LeaveCalendar> leave, Clock clock) {
        this.people = people;
        this.presence = presence;
        this.leave = leave;
        this.clock = clock;
    }

    @Override
    public Optional<Absence> absence(long employeeId) {
        if (people.employee(employeeId).filter(Employee::isActive).isEmpty()) {
            return Optional.of(Absence.INACTIVE);
        }
        LeaveCalendar calendar = leave.getIfAvailable();
        if (calendar != null && calendar.onLeave(employeeId, clock.instant())) {
            return Optional.of(Absence.ON_LEAVE);
        }
        PresenceStatus status = presence.of(employeeId).status();
        return switch (status) {
            case OFF_DUTY -> Optional.of(Absence.OFF_DUTY);
            case AWAY -> Optional.of(Absence.AWAY);
            case ON_BREAK -> Optional.of(Absence.ON_BREAK);
            default -> Optional.empty();
        };
    }
}
