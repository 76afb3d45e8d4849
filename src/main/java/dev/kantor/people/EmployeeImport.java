package dev.kantor.people;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.audit.AuditTrail;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports new employees from a CSV file, all or nothing: when any line is bad, nothing is
 * imported and every bad line is reported with its number and reason.
 *
 * <p>Columns: {@code employee_number, full_name, email, phone, position_code, manager_email,
 * hired_on (yyyy-mm-dd), languages (id;en), skills (code:level;code:level)}. A manager may be an
 * existing employee or someone else in the same file.
 */
@Service
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
public class EmployeeImport {

    public static final List<String> COLUMNS = List.of("employee_number", "full_name", "email", "phone",
            "position_code", "manager_email", "hired_on", "languages", "skills");
    static final int MAX_ROWS = 5000;

    private final Positions positions;
    private final Employees employees;
    private final Skills skills;
    private final Organisation organisation;
    private final EmployeeRecords records;
    private final AuditTrail audit;

    EmployeeImport(Positions positions, Employees employees, Skills skills, Organisation organisation,
            EmployeeRecords records, AuditTrail audit) {
        this.positions = positions;
        this.employees = employees;
        this.skills = skills;
        this.organisation = organisation;
        this.records = records;
        this.audit = audit;
    }

    /** One line of the file, read but not yet checked against the organisation. */
    private record Row(long line, EmployeeDetails details, String managerEmail) {
    }

    @Transactional
    public ImportResult importCsv(Reader csv) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> emailsInFile = new HashSet<>();
        List<Row> rows = read(csv, problems, emailsInFile);
        if (!rows.isEmpty()) {
            checkAgainstOrganisation(rows, emailsInFile, problems);
        }
        if (!problems.isEmpty()) {
            return new ImportResult(0, problems);
        }
        try {
            store(rows);
        } catch (RuntimeException e) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            throw e;
        }
        return new ImportResult(rows.size(), List.of());
    }

    /** Reads every line; lines with problems are reported and left out, their e-mail addresses kept. */
    private List<Row> read(Reader csv, List<ImportProblem> problems, Set<String> emailsInFile) {
        List<Row> rows = new ArrayList<>();
        String text;
        try {
            text = new java.io.BufferedReader(csv).lines().collect(java.util.stream.Collectors.joining("\n"));
        } catch (java.io.UncheckedIOException e) {
            problems.add(new ImportProblem(1, null, "import.unreadable", List.of()));
            return rows;
        }
        // Excel writes a byte-order mark before "CSV UTF-8" files, and semicolons where the comma is a decimal sign
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = format.parse(new java.io.StringReader(text))) {
            Set<String> header = new HashSet<>();
            parser.getHeaderNames().forEach(h -> header.add(h.strip()));
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(new ImportProblem(1, null, "import.missing-columns", List.of(String.join(", ", missing))));
                return rows;
            }
            Map<String, Skill> skillsByCode = new HashMap<>();
            skills.findAll().forEach(s -> skillsByCode.put(s.code(), s));
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (rows.size() >= MAX_ROWS) {
                    problems.add(new ImportProblem(line, null, "import.too-many-rows", List.of(MAX_ROWS)));
                    break;
                }
                if (!record.isConsistent()) {
                    problems.add(new ImportProblem(line, null, "import.wrong-column-count",
                            List.of(record.size(), parser.getHeaderNames().size())));
                    continue;
                }
                int unstorable = InputCheck.firstUnstorable(record);
                if (unstorable >= 0) {
                    // such text is never looked up nor stored: the whole line is refused
                    problems.add(new ImportProblem(line, parser.getHeaderNames().get(unstorable),
                            "validation.unstorable", List.of()));
                    continue;
                }
                String email = value(record, "email");
                if (email != null) {
                    emailsInFile.add(email.toLowerCase(Locale.ROOT));
                }
                readRow(record, line, skillsByCode, problems).ifPresent(rows::add);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new ImportProblem(1, null, "import.unreadable", List.of()));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(1, null, "import.empty", List.of()));
        }
        return rows;
    }

    private Optional<Row> readRow(CSVRecord record, long line, Map<String, Skill> skillsByCode,
            List<ImportProblem> problems) {
        int before = problems.size();
        String positionCode = value(record, "position_code");
        Long positionId = null;
        if (positionCode != null) {
            Optional<Position> position = positions.findByCode(positionCode.toLowerCase(Locale.ROOT));
            if (position.isEmpty()) {
                problems.add(new ImportProblem(line, "position_code", "import.unknown-position", List.of(positionCode)));
            } else {
                positionId = position.get().getId();
            }
        }
        LocalDate hiredOn = null;
        String hired = value(record, "hired_on");
        if (hired != null) {
            try {
                hiredOn = LocalDate.parse(hired);
            } catch (DateTimeParseException e) {
                problems.add(new ImportProblem(line, "hired_on", "import.bad-date", List.of(hired)));
            }
        }
        Map<Long, Integer> skillLevels = new LinkedHashMap<>();
        String skillList = value(record, "skills");
        if (skillList != null) {
            for (String item : skillList.split(";")) {
                readSkill(item.strip(), line, skillsByCode, skillLevels, problems);
            }
        }
        String languages = value(record, "languages");
        EmployeeDetails details = new EmployeeDetails(value(record, "employee_number"), value(record, "full_name"),
                value(record, "email"), value(record, "phone"), positionId, null, hiredOn, skillLevels,
                languages == null ? List.of() : List.of(languages.split(";")));
        for (FieldProblem p : PeopleRules.employee(details, null, organisation).problems()) {
            // an unknown code was reported above; an inactive position still is, here
            if (!"positionId".equals(p.field()) || positionCode == null || positionId != null) {
                problems.add(new ImportProblem(line, column(p.field()), p.messageKey(), p.args()));
            }
        }
        return problems.size() == before ? Optional.of(new Row(line, details, value(record, "manager_email"))) : Optional.empty();
    }

    private static void readSkill(String item, long line, Map<String, Skill> skillsByCode, Map<Long, Integer> levels,
            List<ImportProblem> problems) {
        if (item.isEmpty()) {
            return;
        }
        String[] parts = item.split(":");
        Skill skill = skillsByCode.get(parts[0].strip().toLowerCase(Locale.ROOT));
        if (skill == null) {
            problems.add(new ImportProblem(line, "skills", "import.unknown-skill", List.of(parts[0].strip())));
            return;
        }
        try {
            int level = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : -1;
            if (level < SkillLevel.MIN || level > SkillLevel.MAX) {
                throw new NumberFormatException();
            }
            levels.put(skill.id(), level);
        } catch (NumberFormatException e) {
            problems.add(new ImportProblem(line, "skills", "import.bad-skill-level", List.of(item)));
        }
    }

    /** Checks what needs the whole file and the stored organisation: duplicates and managers. */
    private void checkAgainstOrganisation(List<Row> rows, Set<String> allEmails, List<ImportProblem> problems) {
        Map<String, Long> emailsInFile = new HashMap<>();
        Map<String, Long> numbersInFile = new HashMap<>();
        for (Row row : rows) {
            String email = row.details().normalizedEmail();
            Long earlier = emailsInFile.putIfAbsent(email, row.line());
            if (earlier != null) {
                problems.add(new ImportProblem(row.line(), "email", "import.duplicate-email-in-file", List.of(email, earlier)));
            } else if (employees.findByEmail(email).isPresent()) {
                problems.add(new ImportProblem(row.line(), "email", "validation.email-taken", List.of(email)));
            }
            String number = row.details().employeeNumber() == null ? null
                    : row.details().employeeNumber().toUpperCase(Locale.ROOT);
            if (number != null) {
                Long earlierNumber = numbersInFile.putIfAbsent(number, row.line());
                if (earlierNumber != null) {
                    problems.add(new ImportProblem(row.line(), "employee_number", "import.duplicate-number-in-file",
                            List.of(number, earlierNumber)));
                } else if (employees.findByEmployeeNumber(number).isPresent()) {
                    problems.add(new ImportProblem(row.line(), "employee_number", "validation.employee-number-taken",
                            List.of(number)));
                }
            }
        }
        for (Row row : rows) {
            String manager = row.managerEmail() == null ? null : row.managerEmail().toLowerCase(Locale.ROOT);
            if (manager == null || allEmails.contains(manager) && !manager.equals(row.details().normalizedEmail())) {
                continue;
            }
            if (manager.equals(row.details().normalizedEmail())) {
                problems.add(new ImportProblem(row.line(), "manager_email", "validation.manager-self", List.of()));
            } else {
                Optional<Employee> stored = employees.findByEmail(manager);
                if (stored.isEmpty()) {
                    problems.add(new ImportProblem(row.line(), "manager_email", "import.unknown-manager", List.of(manager)));
                } else if (!stored.get().isActive()) {
                    problems.add(new ImportProblem(row.line(), "manager_email", "validation.inactive-manager", List.of()));
                }
            }
        }
        checkForLoops(rows, problems);
        problems.sort(java.util.Comparator.comparingLong(ImportProblem::line));
    }

    /** Managers named within the file must not form a loop (A reports to B, B reports to A). */
    private static void checkForLoops(List<Row> rows, List<ImportProblem> problems) {
        Map<String, String> managerOf = new HashMap<>();
        rows.forEach(r -> managerOf.put(r.details().normalizedEmail(),
                r.managerEmail() == null ? null : r.managerEmail().toLowerCase(Locale.ROOT)));
        for (Row row : rows) {
            Set<String> seen = new HashSet<>();
            String next = managerOf.get(row.details().normalizedEmail());
            while (next != null && managerOf.containsKey(next) && seen.add(next)) {
                if (next.equals(row.details().normalizedEmail())) {
                    problems.add(new ImportProblem(row.line(), "manager_email", "validation.manager-cycle", List.of()));
                    break;
                }
                next = managerOf.get(next);
            }
        }
    }

    /** Stores every row, then links managers named in the file, so the order of rows does not matter. */
    private void store(List<Row> rows) {
        Map<String, Employee> imported = new LinkedHashMap<>();
        for (Row row : rows) {
            Long storedManager = row.managerEmail() == null ? null
                    : employees.findByEmail(row.managerEmail().toLowerCase(Locale.ROOT)).map(Employee::getId).orElse(null);
            EmployeeDetails details = withManager(row.details(), storedManager);
            imported.put(details.normalizedEmail(), records.storeNew(Employee.hire(details)));
        }
        for (Row row : rows) {
            String manager = row.managerEmail() == null ? null : row.managerEmail().toLowerCase(Locale.ROOT);
            Employee employee = imported.get(row.details().normalizedEmail());
            if (manager != null && imported.containsKey(manager)) {
                EmployeeDetails details = withManager(row.details(), imported.get(manager).getId());
                employee.change(details, employee.getVersion());
                employee = employees.save(employee);
                imported.put(details.normalizedEmail(), employee);
            }
            audit.imported(PeopleAdministration.EMPLOYEE, employee.getId(), employee.getFullName(),
                    records.snapshot(employee));
        }
    }

    private static EmployeeDetails withManager(EmployeeDetails d, Long managerId) {
        return new EmployeeDetails(d.employeeNumber(), d.fullName(), d.email(), d.phone(), d.positionId(), managerId,
                d.hiredOn(), d.skills(), d.languages());
    }

    private static String value(CSVRecord record, String column) {
        String value = record.isMapped(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String column(String field) {
        return switch (field) {
            case "employeeNumber" -> "employee_number";
            case "fullName" -> "full_name";
            case "positionId" -> "position_code";
            case "managerId" -> "manager_email";
            case "hiredOn" -> "hired_on";
            default -> field;
        };
    }
}
