package dev.kantor.reporting.hr;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.DirectoryPage;
import dev.kantor.people.DirectoryQuery;
import dev.kantor.people.People;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The step of reporting's rebuild that brings every employee's dated placements in line with people's directory.
 * People keeps no dated history of moves, so the stretches reporting kept from events cannot be read again from
 * anywhere: they are kept, and an employee's open stretch is closed or replaced today where people places them
 * otherwise ({@link PlacementChange}). An employee with no stretch at all is written from their hiring day in
 * today's place, broken where the audit trail says they left and came back ({@link Spells}). Runs in the
 * rebuild's transaction, holding the placements' lock so that {@code EmployeeChanged} events wait for it.
 */
@Component
public class PlacementRebuild {

    private final People people;
    private final Placements placements;
    private final BusinessCalendars calendars;
    private final Clock clock;
    private final JdbcClient jdbc;

    PlacementRebuild(People people, Placements placements, BusinessCalendars calendars, Clock clock, JdbcClient jdbc) {
        this.people = people;
        this.placements = placements;
        this.calendars = calendars;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Brings every employee's placements in line with people and answers how many stretches were written. */
    public long rebuild() {
        jdbc.sql("select name from reporting_day_lock where name = 'placement' for update")
                .query(String.class)
                .optional();
        Set<Long> placed = placements.employees();
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendars.zone());
        long written = 0;
        for (int page = 0; ; page++) {
            DirectoryPage found = people.search(new DirectoryQuery(
                    null, null, null, null, null, null, DirectoryQuery.Status.ALL, page, DirectoryQuery.MAX_SIZE));
            for (DirectoryEntry e : found.entries()) {
                Placement now = new Placement(
                        e.id(), today, null, Placement.placedOffice(e.office()), e.departmentId(), e.positionId());
                if (placed.contains(e.id())) {
                    PlacementChange change = PlacementChange.of(
                            placements.open(e.id()),
                            e.active() ? Optional.of(now) : Optional.empty(),
                            true,
                            e.hiredOn(),
                            today);
                    placements.apply(change);
                    written += change.open().isPresent() ? 1 : 0;
                    continue;
                }
                List<Placement> spells = Spells.of(
                        now, e.active(), e.hiredOn(), people.comingsAndGoings(e.id()), calendars.zone(), today);
                spells.forEach(placements::insert);
                written += spells.size();
            }
            if (found.entries().size() < DirectoryQuery.MAX_SIZE) {
                return written;
            }
        }
    }
}
