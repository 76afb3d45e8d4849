package dev.kantor.reporting.hr;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.kantor.people.Office;
import dev.kantor.people.People;

import org.springframework.stereotype.Component;

/**
 * Headcount by office (front, back, hybrid), department and position as at a day, and its trend per office at
 * each month's end, read from reporting's dated placements ({@link Placements}, kept from people's events):
 * each figure with the people behind it, for any past day. Hybrid is measured from the last 30 days' customer
 * contact and known for today only ({@link Offices}): on other days hybrid people count in the back office.
 */
@Component
class Headcount {

    /** The trend's columns: one per office, in {@link Office}'s order. */
    static final List<String> TREND_COLUMNS = List.of("headcount_front", "headcount_back", "headcount_hybrid");

    private final People people;

    Headcount(People people) {
        this.people = people;
    }

    PeopleTable byOffice(Collection<Placement> staff, LocalDate day, Offices offices) {
        List<PeopleTable.Row> rows = new ArrayList<>();
        for (Office office : Office.values()) {
            rows.add(row(office.name(), office.name(), staff, day, p -> offices.of(p, day) == office));
        }
        return table("headcount-by-office", "office", rows);
    }

    PeopleTable byDepartment(Collection<Placement> staff, LocalDate day, Locale locale) {
        List<PeopleTable.Row> rows = new ArrayList<>();
        people.departments()
                .forEach(d ->
                        rows.add(row("d" + d.getId(), d.name(locale), staff, day, p -> p.departmentId() == d.getId())));
        return table("headcount-by-department", "department", rows);
    }

    PeopleTable byPosition(Collection<Placement> staff, LocalDate day, Locale locale) {
        List<PeopleTable.Row> rows = new ArrayList<>();
        people.positions()
                .forEach(p ->
                        rows.add(row("p" + p.getId(), p.title(locale), staff, day, x -> x.positionId() == p.getId())));
        return table("headcount-by-position", "position", rows);
    }

    /** Headcount per office at each month's end in the period, and at the period's end when it is not one. */
    PeopleTable trend(Collection<Placement> staff, HrPeriod period, Offices offices) {
        List<PeopleTable.Row> rows = new ArrayList<>();
        for (LocalDate day : monthEnds(period.from(), period.to())) {
            List<Set<Long>> perOffice = new ArrayList<>();
            for (Office office : Office.values()) {
                perOffice.add(people(staff, day, p -> offices.of(p, day) == office));
            }
            rows.add(new PeopleTable.Row(day.toString(), List.of(day.toString()), perOffice));
        }
        return new PeopleTable("headcount-trend", List.of("day"), TREND_COLUMNS, List.of(), rows);
    }

    /** Each month's last day from {@code from} to {@code to}, and {@code to} itself last when it is not one. */
    static List<LocalDate> monthEnds(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth();
            if (!end.isBefore(from) && !end.isAfter(to)) {
                days.add(end);
            }
        }
        if (days.isEmpty() || !days.get(days.size() - 1).equals(to)) {
            days.add(to);
        }
        return days;
    }

    private static PeopleTable.Row row(
            String key, String label, Collection<Placement> staff, LocalDate day, Predicate<Placement> in) {
        return new PeopleTable.Row(key, List.of(label), List.of(people(staff, day, in)));
    }

    private static Set<Long> people(Collection<Placement> staff, LocalDate day, Predicate<Placement> in) {
        return staff.stream()
                .filter(p -> p.holds(day))
                .filter(in)
                .map(Placement::employeeId)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static PeopleTable table(String id, String dimension, List<PeopleTable.Row> rows) {
        return new PeopleTable(id, List.of(dimension), List.of("headcount"), List.of(), rows);
    }
}
