package dev.kantor.people.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kantor.people.Employee;
import dev.kantor.people.ImportProblem;
import dev.kantor.people.People;

import org.springframework.stereotype.Component;

/**
 * Finds the manager each line names by e-mail address: someone already employed, who must still
 * work here, or someone hired by another line of the same file. Nobody manages themselves, and
 * managers named within the file form no loop (A reports to B, B reports to A).
 */
@Component
class ManagerLinks {

    private final People people;

    ManagerLinks(People people) {
        this.people = people;
    }

    /**
     * @param emailsInFile every address in the file, lines with problems included: a manager on a
     *                     bad line is reported with that line, not as unknown here
     * @return every row as a hire, its manager found; a problem for each manager that cannot be
     */
    List<NewHire> link(List<ImportedRow> rows, Set<String> emailsInFile, List<ImportProblem> problems) {
        List<NewHire> hires =
                rows.stream().map(row -> link(row, emailsInFile, problems)).toList();
        checkForLoops(rows, problems);
        return hires;
    }

    private NewHire link(ImportedRow row, Set<String> emailsInFile, List<ImportProblem> problems) {
        String manager = row.managerEmail();
        if (manager == null) {
            return new NewHire(row.details(), null);
        }
        if (manager.equals(row.email())) {
            problems.add(new ImportProblem(row.line(), "manager_email", "validation.manager-self", List.of()));
            return new NewHire(row.details(), null);
        }
        if (emailsInFile.contains(manager)) {
            return new NewHire(row.details(), manager);
        }
        Optional<Employee> stored = people.employeeByEmail(manager);
        if (stored.isEmpty()) {
            problems.add(new ImportProblem(row.line(), "manager_email", "import.unknown-manager", List.of(manager)));
        } else if (!stored.get().isActive()) {
            problems.add(new ImportProblem(row.line(), "manager_email", "validation.inactive-manager", List.of()));
        } else {
            return new NewHire(row.details().withManager(stored.get().getId()), null);
        }
        return new NewHire(row.details(), null);
    }

    private static void checkForLoops(List<ImportedRow> rows, List<ImportProblem> problems) {
        Map<String, String> managerOf = new HashMap<>();
        rows.stream().filter(r -> r.email() != null).forEach(r -> managerOf.put(r.email(), r.managerEmail()));
        for (ImportedRow row : rows) {
            Set<String> seen = new HashSet<>();
            String next = managerOf.get(row.email());
            while (next != null && managerOf.containsKey(next) && seen.add(next)) {
                if (next.equals(row.email())) {
                    problems.add(new ImportProblem(row.line(), "manager_email", "validation.manager-cycle", List.of()));
                    break;
                }
                next = managerOf.get(next);
            }
        }
    }
}
