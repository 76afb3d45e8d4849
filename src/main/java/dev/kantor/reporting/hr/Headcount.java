package dev.kantor.reporting.hr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.Office;
import dev.kantor.people.People;

import org.springframework.stereotype.Component;

/**
 * Active employees counted by office (front, back, hybrid), department and position, through people's
 * directory: today's headcount (people keeps no dated history of who was active), each figure with the
 * people behind it.
 */
@Component
class Headcount {

    private final People people;

    Headcount(People people) {
        this.people = people;
    }

    PeopleTable byOffice(Collection<DirectoryEntry> staff) {
        List<PeopleTable.Row> rows = new ArrayList<>();
        for (Office office : Office.values()) {
            rows.add(row(office.name(), office.name(), staff, e -> e.office() == office));
        }
        return table("headcount-by-office", "office", rows);
    }

    PeopleTable byDepartment(Collection<DirectoryEntry> staff, Locale locale) {
        List<PeopleTable.Row> rows = new ArrayList<>();
        people.departments()
                .forEach(
                        d -> rows.add(row("d" + d.getId(), d.name(locale), staff, e -> e.departmentId() == d.getId())));
        return table("headcount-by-department", "department", rows);
    }

    PeopleTable byPosition(Collection<DirectoryEntry> staff, Locale locale) {
        List<PeopleTable.Row> rows = new ArrayList<>();
        people.positions()
                .forEach(p -> rows.add(row("p" + p.getId(), p.title(locale), staff, e -> e.positionId() == p.getId())));
        return table("headcount-by-position", "position", rows);
    }

    private static PeopleTable.Row row(
            String key, String label, Collection<DirectoryEntry> staff, Predicate<DirectoryEntry> in) {
        Set<Long> ids = staff.stream().filter(in).map(DirectoryEntry::id).collect(Collectors.toSet());
        return new PeopleTable.Row(key, List.of(label), List.of(ids));
    }

    private static PeopleTable table(String id, String dimension, List<PeopleTable.Row> rows) {
        return new PeopleTable(id, List.of(dimension), List.of("headcount"), List.of(), rows);
    }
}
