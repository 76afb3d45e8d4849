package dev.kantor.people.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kantor.people.ImportProblem;
import dev.kantor.people.People;

import org.springframework.stereotype.Component;

/**
 * Every new employee needs an e-mail address and a number nobody else has: neither someone
 * already employed nor another line of the same file.
 */
@Component
class UniqueAddressesAndNumbers {

    private final People people;

    UniqueAddressesAndNumbers(People people) {
        this.people = people;
    }

    /** Reports every address and number that is taken, naming the earlier line for one used twice in the file. */
    void check(List<ImportedRow> rows, List<ImportProblem> problems) {
        Map<String, Long> emailsInFile = new HashMap<>();
        Map<String, Long> numbersInFile = new HashMap<>();
        for (ImportedRow row : rows) {
            String email = row.email();
            Long earlier = email == null || email.isBlank() ? null : emailsInFile.putIfAbsent(email, row.line());
            if (email == null || email.isBlank()) {
                // a missing address is reported by the rules of the line itself
            } else if (earlier != null) {
                problems.add(new ImportProblem(
                        row.line(), "email", "import.duplicate-email-in-file", List.of(email, earlier)));
            } else if (people.employeeByEmail(email).isPresent()) {
                problems.add(new ImportProblem(row.line(), "email", "validation.email-taken", List.of(email)));
            }
            String number = row.details().employeeNumber() == null
                    ? null
                    : row.details().employeeNumber().toUpperCase(Locale.ROOT);
            if (number != null && !number.isBlank()) {
                Long earlierNumber = numbersInFile.putIfAbsent(number, row.line());
                if (earlierNumber != null) {
                    problems.add(new ImportProblem(
                            row.line(),
                            "employee_number",
                            "import.duplicate-number-in-file",
                            List.of(number, earlierNumber)));
                } else if (people.employeeByNumber(number).isPresent()) {
                    problems.add(new ImportProblem(
                            row.line(), "employee_number", "validation.employee-number-taken", List.of(number)));
                }
            }
        }
    }
}
