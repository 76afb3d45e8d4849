package dev.kantor.policies.applying;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.kantor.people.Department;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.platform.KantorException;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.handbook.StoredVersion;
import dev.kantor.policies.rules.Environment;
import dev.kantor.policies.rules.Matrix;
import dev.kantor.policies.rules.Outcome;
import dev.kantor.policies.rules.Person;
import dev.kantor.policies.rules.PolicyRule;
import dev.kantor.policies.rules.WhatIf;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The matrix of categories by environment and "what if someone moved", named in the reader's language. */
@Service
@PreAuthorize("hasAnyRole('HR', 'ADMIN', 'MANAGER')")
public class HandbookViews {

    /** A column: front office, back office, or a department. */
    public record Column(String name, Office office, Long departmentId) {}

    /** A cell: the version that applies (id and title), or the versions in conflict there. */
    public record Cell(Long versionId, Long policyId, String title, List<Long> conflicting) {

        public boolean isConflict() {
            return !conflicting.isEmpty();
        }
    }

    /** A row: one category across the columns, its exceptions for positions or people, and whether it is equal. */
    public record Row(PolicyCategory category, List<Cell> cells, List<Cell> exceptions, boolean equalForAll) {}

    public record MatrixView(LocalDate on, List<Column> columns, List<Row> rows) {}

    /** What applies in a category before and after the move. */
    public record ChangeView(PolicyCategory category, Cell before, Cell after) {}

    public record WhatIfView(long employeeId, LocalDate on, List<ChangeView> changes) {}

    private final PublishedHandbook handbook;
    private final Workforce workforce;
    private final People people;

    HandbookViews(PublishedHandbook handbook, Workforce workforce, People people) {
        this.handbook = handbook;
        this.workforce = workforce;
        this.people = people;
    }

    public MatrixView matrix(LocalDate on, Locale locale, String frontName, String backName) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(frontName, Office.FRONT, null));
        columns.add(new Column(backName, Office.BACK, null));
        for (Department d : people.departments()) {
            if (d.isActive()) {
                columns.add(new Column(d.name(locale), null, d.getId()));
            }
        }
        List<Environment> environments = columns.stream()
                .map(c -> c.office() != null ? Environment.of(c.office()) : Environment.department(c.departmentId()))
                .toList();
        PublishedHandbook.Snapshot now = handbook.now();
        List<Row> rows = Matrix.of(now.book(), environments, on).stream()
                .map(row -> new Row(
                        row.category(),
                        row.cells().stream()
                                .map(cell -> cell(now, cell.applies(), cell.conflicting(), locale))
                                .toList(),
                        row.exceptions().stream()
                                .map(rule -> cell(now, Optional.of(rule), List.of(), locale))
                                .toList(),
                        row.equalForAll()))
                .toList();
        return new MatrixView(on, columns, rows);
    }

    /**
     * What would change for an employee moved to another position (its department and office with it) or, with
     * no position, to another department in the same position.
     */
    public WhatIfView whatIf(long employeeId, Long positionId, Long departmentId, LocalDate on, Locale locale) {
        Person now = workforce.person(employeeId).orElseThrow(() -> KantorException.notFound("policies.nobody"));
        Person moved;
        if (positionId != null) {
            moved = workforce
                    .movedTo(now, positionId)
                    .orElseThrow(() -> KantorException.notFound("policies.what-if.no-position"));
        } else if (departmentId != null) {
            people.department(departmentId)
                    .orElseThrow(() -> KantorException.notFound("policies.what-if.no-department"));
            moved = now.movedTo(now.positionId(), departmentId, now.office());
        } else {
            throw KantorException.invalid("policies.what-if.no-move");
        }
        PublishedHandbook.Snapshot snapshot = handbook.now();
        List<ChangeView> changes = WhatIf.of(snapshot.book(), now, moved, on).stream()
                .map(change -> new ChangeView(
                        change.category(),
                        change.before().map(o -> cell(snapshot, o, locale)).orElse(null),
                        change.after().map(o -> cell(snapshot, o, locale)).orElse(null)))
                .toList();
        return new WhatIfView(employeeId, on, changes);
    }

    private static Cell cell(PublishedHandbook.Snapshot now, Outcome outcome, Locale locale) {
        return cell(now, outcome.winner(), outcome.conflicting(), locale);
    }

    private static Cell cell(
            PublishedHandbook.Snapshot now, Optional<PolicyRule> applies, List<PolicyRule> conflicting, Locale locale) {
        if (applies.isPresent()) {
            StoredVersion v = now.version(applies.get().versionId());
            return new Cell(v.id(), v.policyId(), v.title(locale), List.of());
        }
        if (!conflicting.isEmpty()) {
            return new Cell(
                    null,
                    null,
                    null,
                    conflicting.stream().map(PolicyRule::versionId).toList());
        }
        return null;
    }
}
