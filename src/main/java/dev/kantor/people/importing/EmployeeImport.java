package dev.kantor.people.importing;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kantor.people.ImportProblem;

import org.springframework.stereotype.Component;

/**
 * Checks an employee file before anything of it is stored, all of it at once: every bad line is
 * reported with its number and reason, so that HR corrects the file once.
 *
 * <p>Columns: {@code employee_number, full_name, email, phone, position_code, manager_email,
 * hired_on (yyyy-mm-dd), languages (id;en), skills (code:level;code:level)}. A manager may be an
 * existing employee or someone else in the same file. Storing what passed is the people module's
 * own work ({@code PeopleAdministration.importEmployees}).
 */
@Component
public class EmployeeImport {

    private final EmployeeCsv csv;
    private final EmployeeRows rows;
    private final UniqueAddressesAndNumbers unique;
    private final ManagerLinks managers;

    EmployeeImport(EmployeeCsv csv, EmployeeRows rows, UniqueAddressesAndNumbers unique, ManagerLinks managers) {
        this.csv = csv;
        this.rows = rows;
        this.unique = unique;
        this.managers = managers;
    }

    /** Reads and checks a file: the hires to store, or every problem in line order. */
    public CheckedFile check(Reader file) {
        EmployeeCsv.Lines lines = csv.read(file);
        List<ImportProblem> problems = new ArrayList<>(lines.problems());
        List<ImportedRow> read = rows.read(lines.lines(), problems);
        Set<String> emailsInFile = lines.lines().stream()
                .map(line -> line.email("email"))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        unique.check(read, problems);
        List<NewHire> hires = managers.link(read, emailsInFile, problems);
        problems.sort(Comparator.comparingLong(ImportProblem::line));
        return problems.isEmpty() ? new CheckedFile(hires, List.of()) : new CheckedFile(List.of(), problems);
    }
}
