package dev.kantor.cases;

import java.util.Optional;

import dev.kantor.people.Employee;
import dev.kantor.people.People;

import org.springframework.stereotype.Component;

/** What cases need to know about employees, from the people module, for the authority rules. */
@Component
class Staff implements Approvers.Line {

    private final People people;
    private final Delegations delegations;
    private final ResolutionActions actions;
    private final java.time.Clock clock;
    private final dev.kantor.calendar.BusinessCalendars calendars;

    Staff(People people, Delegations delegations, ResolutionActions actions, java.time.Clock clock,
            dev.kantor.calendar.BusinessCalendars calendars) {
        this.people = people;
        this.delegations = delegations;
        this.actions = actions;
        this.clock = clock;
        this.calendars = calendars;
    }

    Optional<Employee> employee(long id) {
        return people.employee(id);
    }

    String name(Long id) {
        return id == null ? null : people.nameOf(id).orElse("#" + id);
    }

    @Override
    public Optional<Long> managerOf(long employeeId) {
        return people.employee(employeeId).map(Employee::getManagerId);
    }

    @Override
    public Optional<AuthorityLimit> limitOf(long employeeId, ResolutionType type) {
        Long position = people.employee(employeeId).map(Employee::getPositionId).orElse(null);
        return Delegation.limitFor(employeeId, position, type, delegations.forEmployeeOrPosition(employeeId, position));
    }

    /** Counted from the start of today in the business's time zone. */
    @Override
    public long usedToday(long employeeId, ResolutionType type) {
        java.time.Instant startOfDay = java.time.LocalDate.now(clock.withZone(calendars.zone()))
                .atStartOfDay(calendars.zone()).toInstant();
        return actions.usedSince(employeeId, type.name(), startOfDay);
    }
}
