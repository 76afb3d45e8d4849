package dev.kantor.people.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kantor.people.Employee;
import dev.kantor.people.EmployeeDetails;
import dev.kantor.people.ImportProblem;
import dev.kantor.people.People;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ManagerLinksTest {

    private final People people = mock(People.class);
    private final ManagerLinks managers = new ManagerLinks(people);
    private final List<ImportProblem> problems = new ArrayList<>();

    @BeforeEach
    void aStoredOrganisation() {
        Employee active = mock(Employee.class);
        when(active.getId()).thenReturn(7L);
        when(active.isActive()).thenReturn(true);
        Employee left = mock(Employee.class);
        when(left.isActive()).thenReturn(false);
        when(people.employeeByEmail("boss@example.com")).thenReturn(Optional.of(active));
        when(people.employeeByEmail("gone@example.com")).thenReturn(Optional.of(left));
        when(people.employeeByEmail("nobody@example.com")).thenReturn(Optional.empty());
    }

    private static ImportedRow row(long line, String email, String manager) {
        return new ImportedRow(
                line,
                new EmployeeDetails(null, "Person " + line, email, null, 1L, null, null, Map.of(), List.of("id")),
                manager);
    }

    private List<NewHire> link(ImportedRow... rows) {
        Set<String> emails = new java.util.HashSet<>();
        for (ImportedRow row : rows) {
            emails.add(row.email());
        }
        return managers.link(List.of(rows), emails, problems);
    }

    @Test
    void aManagerInTheFileIsLinkedOnceBothAreStoredAndOneAlreadyEmployedAtOnce() {
        List<NewHire> hires = link(
                row(2, "staff@example.com", "head@example.com"),
                row(3, "head@example.com", "boss@example.com"),
                row(4, "solo@example.com", null));

        assertThat(problems).isEmpty();
        assertThat(hires.get(0).managerInFile()).isEqualTo("head@example.com");
        assertThat(hires.get(0).details().managerId()).isNull();
        assertThat(hires.get(1).managerInFile()).isNull();
        assertThat(hires.get(1).details().managerId()).isEqualTo(7L);
        assertThat(hires.get(2).managerInFile()).isNull();
        assertThat(hires.get(2).details().managerId()).isNull();
    }

    @Test
    void refusesAManagerWhoIsNobodyHasLeftOrIsThePersonThemselves() {
        link(
                row(2, "a@example.com", "nobody@example.com"),
                row(3, "b@example.com", "gone@example.com"),
                row(4, "c@example.com", "c@example.com"));

        assertThat(problems)
                .extracting(ImportProblem::line, ImportProblem::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(2L, "import.unknown-manager"),
                        org.assertj.core.groups.Tuple.tuple(3L, "validation.inactive-manager"),
                        org.assertj.core.groups.Tuple.tuple(4L, "validation.manager-self"));
        assertThat(problems).allMatch(p -> p.field().equals("manager_email"));
    }

    @Test
    void refusesManagersInTheFileWhoReportToEachOther() {
        link(
                row(2, "a@example.com", "b@example.com"),
                row(3, "b@example.com", "c@example.com"),
                row(4, "c@example.com", "a@example.com"),
                row(5, "d@example.com", "a@example.com"));

        assertThat(problems).extracting(ImportProblem::line).containsExactly(2L, 3L, 4L);
        assertThat(problems).extracting(ImportProblem::messageKey).containsOnly("validation.manager-cycle");
    }
}
