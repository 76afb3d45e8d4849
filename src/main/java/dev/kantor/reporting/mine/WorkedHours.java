package dev.kantor.reporting.mine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.People;
import dev.kantor.platform.web.Times;
import dev.kantor.reporting.frontoffice.FigureTable;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShifts;

import org.springframework.stereotype.Component;

/**
 * Hours worked against the contract, read from scheduling's published shifts (what the schedule puts a person
 * on, less planned breaks: the floor's arrivals are not a full record of time worked, so they are not used) and
 * the weekly contract hours on the person's record in people.
 */
@Component
public class WorkedHours {

    private final PublishedShifts shifts;
    private final People people;
    private final BusinessCalendars calendars;
    private final Times times;

    WorkedHours(PublishedShifts shifts, People people, BusinessCalendars calendars, Times times) {
        this.shifts = shifts;
        this.people = people;
        this.calendars = calendars;
        this.times = times;
    }

    /** One person's weeks in the period. */
    public List<WeekHours.Week> weeks(long employeeId, LocalDate from, LocalDate to) {
        double contract = people.employee(employeeId)
                .map(e -> e.getWeeklyContractHours().doubleValue())
                .orElse(0.0);
        return WeekHours.of(shiftsOf(employeeId, from, to), contract, from, to);
    }

    /** One person's weeks in the period, from shifts already read and their weekly contract hours. */
    public static List<WeekHours.Week> weeks(
            List<PublishedShift> shifts, double weeklyContractHours, LocalDate from, LocalDate to) {
        return WeekHours.of(shifts, weeklyContractHours, from, to);
    }

    /** Everyone's published shifts whose work day may lie in the period, by employee: one read. */
    public java.util.Map<Long, List<PublishedShift>> everyonesShifts(LocalDate from, LocalDate to) {
        ZoneId zone = calendars.zone();
        java.util.Map<Long, List<PublishedShift>> byEmployee = new java.util.HashMap<>();
        shifts.ofEveryone(
                        from.minusDays(1).atStartOfDay(zone).toInstant(),
                        to.plusDays(2).atStartOfDay(zone).toInstant())
                .forEach(s -> byEmployee
                        .computeIfAbsent(s.employeeId(), e -> new ArrayList<>())
                        .add(s));
        return byEmployee;
    }

    /** One person's weeks as a table: scheduled, contract and the difference, per week (named in words). */
    FigureTable table(long employeeId, LocalDate from, LocalDate to) {
        return table(employeeId, from, to, true);
    }

    /** The same table with each week named by its Monday's ISO date, as the API answers it. */
    FigureTable codedTable(long employeeId, LocalDate from, LocalDate to) {
        return table(employeeId, from, to, false);
    }

    private FigureTable table(long employeeId, LocalDate from, LocalDate to, boolean inWords) {
        List<FigureTable.Row> rows = new ArrayList<>();
        for (WeekHours.Week week : weeks(employeeId, from, to)) {
            rows.add(new FigureTable.Row(
                    List.of(inWords ? times.date(week.monday()) : week.monday().toString()),
                    List.of(week.scheduled(), week.contract(), WeekHours.round(week.difference()))));
        }
        return new FigureTable(
                "my-hours", List.of("week"), List.of("scheduled_hours", "contract_hours", "difference_hours"), rows);
    }

    /** The published shifts whose work day may lie in the period (a day's margin each side for night shifts). */
    private List<PublishedShift> shiftsOf(long employeeId, LocalDate from, LocalDate to) {
        ZoneId zone = calendars.zone();
        return shifts.ofEmployee(
                employeeId,
                from.minusDays(1).atStartOfDay(zone).toInstant(),
                to.plusDays(2).atStartOfDay(zone).toInstant());
    }
}
