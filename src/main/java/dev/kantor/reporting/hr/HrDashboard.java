package dev.kantor.reporting.hr;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.reporting.frontoffice.FigureTable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Every table of HR's dashboard, for HR and admins only (on the page, in CSV and
 * the API, and in the list of the people behind a figure): headcount as at the period's end and its trend per
 * office at each month's end (from reporting's dated placements), policy acknowledgement, work arrangements, skill gaps (each figure with
 * the people it counts) and shared assessment results (counts only, small ones hidden).
 */
@Component
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
class HrDashboard {

    private final Headcount headcount;
    private final WorkplaceFigures workplace;
    private final AssessmentFigures assessment;
    private final HoursByDepartment hours;
    private final ActiveEmployees staff;
    private final BusinessCalendars calendars;
    private final People people;
    private final Placements placements;
    private final Clock clock;

    HrDashboard(
            Headcount headcount,
            WorkplaceFigures workplace,
            AssessmentFigures assessment,
            HoursByDepartment hours,
            ActiveEmployees staff,
            BusinessCalendars calendars,
            People people,
            Placements placements,
            Clock clock) {
        this.headcount = headcount;
        this.workplace = workplace;
        this.assessment = assessment;
        this.hours = hours;
        this.staff = staff;
        this.calendars = calendars;
        this.people = people;
        this.placements = placements;
        this.clock = clock;
    }

    /** The period asked for, checked: the last 90 days up to today when none is given. */
    HrPeriod period(LocalDate from, LocalDate to) {
        return HrPeriod.of(from, to, LocalDate.ofInstant(clock.instant(), calendars.zone()));
    }

    /** What the dashboard's page shows: the tables that lead to people, then those that only count. */
    record Shown(List<PeopleTable> tables, List<FigureTable> counts) {}

    /** Every table of the page, reading who is active once. */
    Shown shown(HrPeriod period, Locale locale) {
        Map<Long, DirectoryEntry> everyone = staff.active();
        return new Shown(tables(period, locale, everyone), counts(period, locale, everyone));
    }

    List<PeopleTable> tables(HrPeriod period, Locale locale) {
        return tables(period, locale, staff.active());
    }

    private List<PeopleTable> tables(HrPeriod period, Locale locale, Map<Long, DirectoryEntry> everyone) {
        List<PeopleTable> tables = new ArrayList<>(headcountTables(period, locale, hybridToday(everyone)));
        tables.addAll(workplace.acknowledgementTables(period, calendars.zone(), everyone, locale));
        tables.addAll(workplace.arrangementTables(period, everyone, locale));
        tables.add(assessment.skillGaps(locale));
        return tables;
    }

    /** Headcount as at the period's end and its trend, from one read of the placements holding any of its days. */
    private List<PeopleTable> headcountTables(HrPeriod period, Locale locale, Set<Long> hybridToday) {
        List<Placement> placed = placements.overlapping(period.from(), period.to());
        Offices offices = new Offices(period.today(), hybridToday);
        return List.of(
                headcount.byOffice(placed, period.to(), offices),
                headcount.trend(placed, period, offices),
                headcount.byDepartment(placed, period.to(), locale),
                headcount.byPosition(placed, period.to(), locale));
    }

    /** Who the directory places in the hybrid office today, among everyone active. */
    private static Set<Long> hybridToday(Map<Long, DirectoryEntry> everyone) {
        return everyone.values().stream()
                .filter(e -> e.office() == Office.HYBRID)
                .map(DirectoryEntry::id)
                .collect(Collectors.toSet());
    }

    /** Every table's figures, as the API answers them. */
    List<FigureTable> figures(HrPeriod period, Locale locale) {
        Shown shown = shown(period, locale);
        List<FigureTable> all = new ArrayList<>(
                shown.tables().stream().map(PeopleTable::figures).toList());
        all.addAll(shown.counts());
        return all;
    }

    /**
     * The tables that do not lead to people: hours scheduled against contracts per department, and shared
     * assessment results per dimension, office and range (counts of fewer than three people hidden).
     */
    List<FigureTable> counts(HrPeriod period, Locale locale) {
        return counts(period, locale, staff.active());
    }

    private List<FigureTable> counts(HrPeriod period, Locale locale, Map<Long, DirectoryEntry> everyone) {
        return List.of(hours.table(period, everyone, locale), assessment.distribution(locale));
    }

    /** One table that leads to people; a headcount table is built alone, without the rest of the dashboard. */
    Optional<PeopleTable> table(String id, HrPeriod period, Locale locale) {
        List<PeopleTable> candidates = id.startsWith("headcount-")
                ? headcountTables(period, locale, hybridToday(staff.active()))
                : tables(period, locale);
        return candidates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Someone behind a figure: their id (for their page) and name. */
    record Person(long id, String name) {}

    /** The people behind one figure, by name; nobody for an unknown table, row or column. */
    List<Person> behind(String table, String row, String column, HrPeriod period, Locale locale) {
        Set<Long> ids =
                table(table, period, locale).map(t -> t.behind(row, column)).orElse(Set.of());
        return people.namesOf(ids).entrySet().stream()
                .map(e -> new Person(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Person::name).thenComparing(Person::id))
                .toList();
    }
}
