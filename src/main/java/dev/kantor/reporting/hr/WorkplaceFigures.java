package dev.kantor.reporting.hr;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.kantor.arrangements.ArrangementFigures;
import dev.kantor.people.Department;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.People;
import dev.kantor.policies.AcknowledgementFigures;
import dev.kantor.policies.ArrangementKind;
import dev.kantor.reporting.rollup.CaseLine;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Policy acknowledgement and work arrangements for HR, read from the policies and arrangements modules' query
 * APIs: completion per version, per version and department, per version and office (who was asked in the
 * period; overdue as of today), and the people with an arrangement in force in the period or waiting for a
 * decision, per department and office and kind, with those whose approval overrode the coverage check.
 */
@Component
class WorkplaceFigures {

    private static final List<String> ACKNOWLEDGEMENT_COLUMNS = List.of("asked", "acknowledged", "overdue");
    private static final List<PeopleTable.Share> ACKNOWLEDGED_SHARE =
            List.of(new PeopleTable.Share("acknowledged_share", "acknowledged", "asked"));
    private static final List<String> ARRANGEMENT_COLUMNS = List.of("in_force", "pending", "coverage_overridden");

    private final AcknowledgementFigures acknowledgements;
    private final ArrangementFigures arrangements;
    private final People people;
    private final MessageSource messages;

    WorkplaceFigures(
            AcknowledgementFigures acknowledgements,
            ArrangementFigures arrangements,
            People people,
            MessageSource messages) {
        this.acknowledgements = acknowledgements;
        this.arrangements = arrangements;
        this.people = people;
        this.messages = messages;
    }

    /** The acknowledgement tables: per version, per version and department, per version and office. */
    List<PeopleTable> acknowledgementTables(
            HrPeriod period, ZoneId zone, Map<Long, DirectoryEntry> staff, Locale locale) {
        List<AcknowledgementFigures.Asked> asked = acknowledgements.askedBetween(
                period.from().atStartOfDay(zone).toInstant(),
                period.to().plusDays(1).atStartOfDay(zone).toInstant());
        Map<Long, String> titles = new LinkedHashMap<>();
        asked.forEach(a -> titles.computeIfAbsent(a.versionId(), v -> acknowledgements.versionTitle(v, locale)));
        Map<Long, String> departments = departmentNames(locale);
        Grouping byVersion = new Grouping(ACKNOWLEDGEMENT_COLUMNS.size());
        Grouping byDepartment = new Grouping(ACKNOWLEDGEMENT_COLUMNS.size());
        Grouping byOffice = new Grouping(ACKNOWLEDGEMENT_COLUMNS.size());
        for (AcknowledgementFigures.Asked a : asked) {
            String title = titles.get(a.versionId());
            boolean[] in = {true, a.acknowledged(), a.overdueOn(period.today())};
            byVersion.add("v" + a.versionId(), List.of(title), a.employeeId(), in);
            byDepartment.add(
                    "v" + a.versionId() + "-d" + a.departmentId(),
                    List.of(title, departments.getOrDefault(a.departmentId(), CaseLine.NONE)),
                    a.employeeId(),
                    in);
            String office = office(staff, a.employeeId());
            byOffice.add("v" + a.versionId() + "-" + office, List.of(title, office), a.employeeId(), in);
        }
        return List.of(
                byVersion.table(
                        "acknowledgement-by-version", List.of("policy"), ACKNOWLEDGEMENT_COLUMNS, ACKNOWLEDGED_SHARE),
                byDepartment.table(
                        "acknowledgement-by-department",
                        List.of("policy", "department"),
                        ACKNOWLEDGEMENT_COLUMNS,
                        ACKNOWLEDGED_SHARE),
                byOffice.table(
                        "acknowledgement-by-office",
                        List.of("policy", "office"),
                        ACKNOWLEDGEMENT_COLUMNS,
                        ACKNOWLEDGED_SHARE));
    }

    /** The arrangement tables: per department and kind, per office and kind. */
    List<PeopleTable> arrangementTables(HrPeriod period, Map<Long, DirectoryEntry> staff, Locale locale) {
        Map<Long, String> departments = departmentNames(locale);
        Grouping byDepartment = new Grouping(ARRANGEMENT_COLUMNS.size());
        Grouping byOffice = new Grouping(ARRANGEMENT_COLUMNS.size());
        Function<ArrangementKind, String> kind =
                k -> messages.getMessage("arrangements.kind." + k.name(), null, k.name(), locale);
        for (ArrangementFigures.Held held : arrangements.inForceBetween(period.from(), period.to())) {
            boolean[] in = {true, false, held.coverageOverridden()};
            add(byDepartment, byOffice, held, in, staff, departments, kind);
        }
        for (ArrangementFigures.Held held : arrangements.pending()) {
            add(byDepartment, byOffice, held, new boolean[] {false, true, false}, staff, departments, kind);
        }
        return List.of(
                byDepartment.table(
                        "arrangements-by-department",
                        List.of("department", "arrangement"),
                        ARRANGEMENT_COLUMNS,
                        List.of()),
                byOffice.table(
                        "arrangements-by-office", List.of("office", "arrangement"), ARRANGEMENT_COLUMNS, List.of()));
    }

    private static void add(
            Grouping byDepartment,
            Grouping byOffice,
            ArrangementFigures.Held held,
            boolean[] in,
            Map<Long, DirectoryEntry> staff,
            Map<Long, String> departments,
            Function<ArrangementKind, String> kind) {
        DirectoryEntry entry = staff.get(held.employeeId());
        long department = entry == null ? 0 : entry.departmentId();
        byDepartment.add(
                "d" + department + "-" + held.kind(),
                List.of(departments.getOrDefault(department, CaseLine.NONE), kind.apply(held.kind())),
                held.employeeId(),
                in);
        String office = office(staff, held.employeeId());
        byOffice.add(office + "-" + held.kind(), List.of(office, kind.apply(held.kind())), held.employeeId(), in);
    }

    /** The person's office today, or none when they are no longer active. */
    private static String office(Map<Long, DirectoryEntry> staff, long employeeId) {
        DirectoryEntry entry = staff.get(employeeId);
        return entry == null ? CaseLine.NONE : entry.office().name();
    }

    private Map<Long, String> departmentNames(Locale locale) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Department d : people.departments()) {
            names.put(d.getId(), d.name(locale));
        }
        return names;
    }

    /** Rows in the order first met, each column a set of people. */
    private static final class Grouping {

        private final int columns;
        private final Map<String, List<String>> labels = new LinkedHashMap<>();
        private final Map<String, List<Set<Long>>> people = new LinkedHashMap<>();

        Grouping(int columns) {
            this.columns = columns;
        }

        void add(String key, List<String> rowLabels, long employeeId, boolean[] in) {
            labels.putIfAbsent(key, rowLabels);
            List<Set<Long>> sets = people.computeIfAbsent(key, k -> {
                List<Set<Long>> empty = new ArrayList<>();
                for (int i = 0; i < columns; i++) {
                    empty.add(new HashSet<>());
                }
                return empty;
            });
            for (int i = 0; i < columns; i++) {
                if (in[i]) {
                    sets.get(i).add(employeeId);
                }
            }
        }

        PeopleTable table(String id, List<String> dimensions, List<String> counted, List<PeopleTable.Share> shares) {
            List<PeopleTable.Row> rows = new ArrayList<>();
            labels.forEach((key, l) -> rows.add(new PeopleTable.Row(key, l, people.get(key))));
            rows.sort(java.util.Comparator.comparing((PeopleTable.Row r) -> String.join("\u0000", r.labels())));
            return new PeopleTable(id, dimensions, counted, shares, rows);
        }
    }
}
