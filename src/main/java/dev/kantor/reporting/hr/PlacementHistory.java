package dev.kantor.reporting.hr;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.EmployeeChanged;
import dev.kantor.people.People;
import dev.kantor.platform.events.ImmediateModuleListener;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each employee's dated placements from people's {@link EmployeeChanged}: the employee is read through
 * {@link People} and compared with their open stretch, so that a move closes it today and opens the new one, a
 * departure closes it, and an event delivered twice changes nothing. It runs in the publishing thread, so HR
 * sees a move on the dashboard the moment it is saved; the employee's placements are locked while it decides.
 */
@Component
class PlacementHistory {

    private final People people;
    private final Placements placements;
    private final BusinessCalendars calendars;
    private final Clock clock;
    private final JdbcClient jdbc;

    PlacementHistory(People people, Placements placements, BusinessCalendars calendars, Clock clock, JdbcClient jdbc) {
        this.people = people;
        this.placements = placements;
        this.calendars = calendars;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @ImmediateModuleListener
    void on(EmployeeChanged changed) {
        Optional<DirectoryEntry> entry = people.entry(changed.employeeId());
        if (entry.isEmpty()) {
            return;
        }
        // two deliveries at once wait for each other here, so the second sees what the first wrote
        jdbc.sql("select name from reporting_day_lock where name = 'placement' for update")
                .query(String.class)
                .optional();
        DirectoryEntry e = entry.get();
        Optional<Placement> now = e.active()
                ? Optional.of(new Placement(
                        e.id(),
                        e.hiredOn(),
                        null,
                        Placement.placedOffice(e.office()),
                        e.departmentId(),
                        e.positionId()))
                : Optional.empty();
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendars.zone());
        placements.apply(
                PlacementChange.of(placements.open(e.id()), now, placements.everPlaced(e.id()), e.hiredOn(), today));
    }
}
