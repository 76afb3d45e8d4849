package dev.kantor.reporting.hr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kantor.people.DirectoryQuery;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.reporting.frontoffice.FigureTable;

import org.springframework.stereotype.Component;

/** Active employees counted by office, department and position, through people's API (current state: no roll-up). */
@Component
class Headcount {

    private final People people;

    Headcount(People people) {
        this.people = people;
    }

    FigureTable byOffice() {
        List<FigureTable.Row> rows = new ArrayList<>();
        for (Office office : Office.values()) {
            long total = people.search(new DirectoryQuery(
                            null, null, office, null, null, null, DirectoryQuery.Status.ACTIVE, 0, 1))
                    .total();
            rows.add(new FigureTable.Row(List.of(office.name()), List.of((double) total)));
        }
        return new FigureTable("headcount-by-office", List.of("office"), List.of("headcount"), rows);
    }

    FigureTable byDepartment(Locale locale) {
        Map<Long, Long> counts = people.headcountByDepartment();
        List<FigureTable.Row> rows = new ArrayList<>();
        people.departments()
                .forEach(d -> rows.add(new FigureTable.Row(
                        List.of(d.name(locale)), List.of((double) counts.getOrDefault(d.getId(), 0L)))));
        return new FigureTable("headcount-by-department", List.of("department"), List.of("headcount"), rows);
    }

    FigureTable byPosition(Locale locale) {
        Map<Long, Long> counts = people.headcountByPosition();
        List<FigureTable.Row> rows = new ArrayList<>();
        people.positions()
                .forEach(p -> rows.add(new FigureTable.Row(
                        List.of(p.title(locale)), List.of((double) counts.getOrDefault(p.getId(), 0L)))));
        return new FigureTable("headcount-by-position", List.of("position"), List.of("headcount"), rows);
    }
}
