package dev.kantor.people.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kantor.people.EmployeeDetails;
import dev.kantor.people.ImportProblem;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.people.Skill;
import dev.kantor.people.SkillLevel;
import dev.kantor.platform.FieldProblem;

import org.springframework.stereotype.Component;

/**
 * Reads each line of an employee file into what HR would enter for the employee: the position and
 * skills by their codes, the hiring date, the languages; then checks it against the rules every
 * employee keeps. A line with any problem is reported, every problem of it, and left out.
 */
@Component
class EmployeeRows {

    private static final String WEEKLY_HOURS = "weekly_contract_hours";

    private final People people;

    EmployeeRows(People people) {
        this.people = people;
    }

    /** What every line is read against: the catalogue of positions and skills, by code. */
    private record Codes(Map<String, Position> positions, Map<String, Skill> skills) {}

    /**
     * Every line as the employee it describes, its problems added to {@code problems}. Lines with
     * problems are returned too, so that the checks across lines (addresses and numbers used twice,
     * managers) report on them in the same round instead of after the first problems are fixed.
     */
    List<ImportedRow> read(List<CsvLine> lines, List<ImportProblem> problems) {
        Codes codes = new Codes(
                people.positions().stream()
                        .collect(Collectors.toMap(Position::getCode, Function.identity(), (a, b) -> a)),
                people.skillsByCode());
        return lines.stream().map(line -> read(line, codes, problems)).toList();
    }

    private ImportedRow read(CsvLine line, Codes codes, List<ImportProblem> problems) {
        String positionCode = line.value("position_code");
        Long positionId = null;
        if (positionCode != null) {
            Position position = codes.positions().get(positionCode.toLowerCase(Locale.ROOT));
            if (position == null) {
                problems.add(problem(line, "position_code", "import.unknown-position", positionCode));
            } else {
                positionId = position.getId();
            }
        }
        LocalDate hiredOn = null;
        String hired = line.value("hired_on");
        if (hired != null) {
            try {
                hiredOn = LocalDate.parse(hired);
            } catch (DateTimeParseException e) {
                problems.add(problem(line, "hired_on", "import.bad-date", hired));
            }
        }
        Map<Long, Integer> skillLevels = new LinkedHashMap<>();
        String skillList = line.value("skills");
        if (skillList != null) {
            for (String item : skillList.split(";")) {
                readSkill(item.strip(), line, codes.skills(), skillLevels, problems);
            }
        }
        BigDecimal weeklyHours = weeklyContractHours(line, problems);
        String languages = line.value("languages");
        EmployeeDetails details = new EmployeeDetails(
                line.value("employee_number"),
                line.value("full_name"),
                line.value("email"),
                line.value("phone"),
                positionId,
                null,
                hiredOn,
                skillLevels,
                languages == null ? List.of() : List.of(languages.split(";")),
                weeklyHours);
        for (FieldProblem p : people.problemsOf(details, null)) {
            // an unknown code was reported above; an inactive position still is, here
            if (!"positionId".equals(p.field()) || positionCode == null || positionId != null) {
                problems.add(new ImportProblem(line.number(), column(p.field()), p.messageKey(), p.args()));
            }
        }
        return new ImportedRow(line.number(), details, line.email("manager_email"));
    }

    /**
     * The weekly contract hours, when the file has the column and the line a value: a decimal point or, as
     * spreadsheets write it in Indonesian, a decimal comma; null (the standard week) when blank. The rules of
     * every employee check the range below.
     */
    private static BigDecimal weeklyContractHours(CsvLine line, List<ImportProblem> problems) {
        String hours = line.value(WEEKLY_HOURS);
        if (hours == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(hours.replace(',', '.')).stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0) : value;
        } catch (NumberFormatException e) {
            problems.add(problem(line, WEEKLY_HOURS, "import.bad-hours", hours));
            return null;
        }
    }

    private static void readSkill(
            String item,
            CsvLine line,
            Map<String, Skill> skillsByCode,
            Map<Long, Integer> levels,
            List<ImportProblem> problems) {
        if (item.isEmpty()) {
            return;
        }
        String[] parts = item.split(":");
        Skill skill = skillsByCode.get(parts[0].strip().toLowerCase(Locale.ROOT));
        if (skill == null) {
            problems.add(problem(line, "skills", "import.unknown-skill", parts[0].strip()));
            return;
        }
        try {
            int level = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : -1;
            if (level < SkillLevel.MIN || level > SkillLevel.MAX) {
                throw new NumberFormatException();
            }
            levels.put(skill.id(), level);
        } catch (NumberFormatException e) {
            problems.add(problem(line, "skills", "import.bad-skill-level", item));
        }
    }

    private static ImportProblem problem(CsvLine line, String column, String messageKey, Object argument) {
        return new ImportProblem(line.number(), column, messageKey, List.of(argument));
    }

    /** The file's column for a field of the rules. */
    private static String column(String field) {
        return switch (field) {
            case "employeeNumber" -> "employee_number";
            case "fullName" -> "full_name";
            case "positionId" -> "position_code";
            case "managerId" -> "manager_email";
            case "hiredOn" -> "hired_on";
            case "weeklyContractHours" -> WEEKLY_HOURS;
            default -> field;
        };
    }
}
