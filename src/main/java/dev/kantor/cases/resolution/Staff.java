package dev.kantor.cases.resolution;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.ResolutionType;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.people.Position;

import org.springframework.stereotype.Component;

/** What cases need to know about employees, from the people module, for the authority rules. */
@Component
class Staff implements Approvers.Line, DelegationRules.Organisation {

    private final People people;
    private final Delegations delegations;
    private final AuthorityDays days;
    private final Clock clock;
    private final BusinessCalendars calendars;

    Staff(People people, Delegations delegations, AuthorityDays days, Clock clock, BusinessCalendars calendars) {
        this.people = people;
        this.delegations = delegations;
        this.days = days;
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
        return AuthorityLimit.delegatedTo(
                employeeId, position, type, delegations.forEmployeeOrPosition(employeeId, position));
    }

    @Override
    public long usedToday(long employeeId, ResolutionType type) {
        return days.used(today(employeeId, type));
    }

    @Override
    public boolean claimToday(long employeeId, ResolutionType type, long amount, long maxPerDay) {
        return days.claim(today(employeeId, type), amount, maxPerDay);
    }

    @Override
    public boolean isActiveEmployee(long employeeId) {
        return people.employee(employeeId).filter(Employee::isActive).isPresent();
    }

    @Override
    public Optional<Long> positionOf(long employeeId) {
        return people.employee(employeeId).map(Employee::getPositionId);
    }

    @Override
    public boolean isActivePosition(long positionId) {
        return people.position(positionId).filter(Position::isActive).isPresent();
    }

    /** Today in the business's time zone, from its first moment to the next day's. */
    private AuthorityDays.Day today(long employeeId, ResolutionType type) {
        ZoneId zone = calendars.zone();
        LocalDate date = LocalDate.now(clock.withZone(zone));
        return new AuthorityDays.Day(
                employeeId,
                type,
                date,
                date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
