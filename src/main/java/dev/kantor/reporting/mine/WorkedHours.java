package dev.kantor.reporting.mine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.RecordedTime;
import dev.kantor.people.People;
import dev.kantor.platform.web.Times;
import dev.kantor.reporting.frontoffice.FigureTable;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShifts;

import org.springframework.stereotype.Component;

/**
 * Hours worked against the contract, as {@link WeekHours} counts them: scheduling's published shifts (less their
 * planned breaks), the floor's record of the time people were absent from them and of the time they worked
 * beyond them (fill-ins, accepted call-ins), and the weekly contract hours on the person's record in people.
 * The floor's arrivals (sign-ins) are not a full record of time worked, so they are not used.
 */
@Component
public class WorkedHours {

    /** The columns of the hours tables, after their dimensions. */
    public static final List<String> COLUMNS = List.of(
            "scheduled_hours", "absent_hours", "extra_hours", "worked_hours", "contract_hours", "difference_hours");

    private final PublishedShifts shifts;
    private final RecordedTime recorded;
    private final People people;
    private final BusinessCalendars calendars;
    private final Times times;

    WorkedHours(
            PublishedShifts shifts, RecordedTime recorded, People people, BusinessCalendars calendars, Times times) {
        this.shifts = shifts;
        this.recorded = recorded;
        this.people = people;
        this.calendars = calendars;
        this.times = times;
    }

    /** One person's weeks in the period. */
    public List<WeekHours.Week> weeks(long employeeId, LocalDate from, LocalDate to) {
        double contract = people.employee(employeeId)
                .map(e -> e.getWeeklyContractHours().doubleValue())
                .orElse(0.0);
        Instant start = readFrom(from);
        Instant end = readTo(to);
        return WeekHours.of(
                shifts.ofEmployee(employeeId, start, end),
                recorded.ofEmployee(employeeId, start, end),
                calendars.zone(),
                contract,
                from,
                to);
    }

    /** One person's weeks in the period, from their shifts and recorded time already read (everyone's at once). */
    public List<WeekHours.Week> weeks(Everyone everyone, long employeeId, double weeklyContractHours) {
        return WeekHours.of(
                everyone.shifts().getOrDefault(employeeId, List.of()),
                everyone.recorded().getOrDefault(employeeId, List.of()),
                calendars.zone(),
                weeklyContractHours,
                everyone.from(),
                everyone.to());
    }

    /**
     * Everyone's published shifts and recorded time that may count in the period, by employee.
     *
     * @param from the period's first day
     * @param to   its last day
     */
    public record Everyone(
            LocalDate from,
            LocalDate to,
            Map<Long, List<PublishedShift>> shifts,
            Map<Long, List<RecordedTime.Stretch>> recorded) {}

    /** Everyone's published shifts and recorded time that may count in the period: two reads, for HR's figures. */
    public Everyone everyone(LocalDate from, LocalDate to) {
        Map<Long, List<PublishedShift>> byEmployee = new HashMap<>();
        shifts.ofEveryone(readFrom(from), readTo(to)).forEach(s -> byEmployee
                .computeIfAbsent(s.employeeId(), e -> new ArrayList<>())
                .add(s));
        Map<Long, List<RecordedTime.Stretch>> recordedByEmployee = new HashMap<>();
        recorded.between(readFrom(from), readTo(to)).forEach(s -> recordedByEmployee
                .computeIfAbsent(s.employeeId(), e -> new ArrayList<>())
                .add(s));
        return new Everyone(from, to, byEmployee, recordedByEmployee);
    }

    /** One person's weeks as a table: scheduled, absent, extra, worked, contract and the difference (in words). */
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
                    List.of(
                            week.scheduled(),
                            week.absent(),
                            week.extra(),
                            week.worked(),
                            week.contract(),
                            week.difference())));
        }
        return new FigureTable("my-hours", List.of("week"), COLUMNS, rows);
    }

    /** Shifts and recorded time are read with a day's margin each side: a night shift's work day is its start's. */
    private Instant readFrom(LocalDate from) {
        return from.minusDays(1).atStartOfDay(zone()).toInstant();
    }

    private Instant readTo(LocalDate to) {
        return to.plusDays(2).atStartOfDay(zone()).toInstant();
    }

    private ZoneId zone() {
        return calendars.zone();
    }
}
