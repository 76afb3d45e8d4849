package dev.kantor.people.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kantor.people.ImportProblem;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.csv.CsvImport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Reads an employee file into its lines, as Excel and other tools write CSV: a byte-order mark
 * and semicolons instead of commas are understood. A line that cannot be read as a whole (the
 * wrong number of columns, text that cannot be stored, one line too many) is reported and left out.
 */
@Component
class EmployeeCsv {

    static final List<String> COLUMNS = List.of(
            "employee_number",
            "full_name",
            "email",
            "phone",
            "position_code",
            "manager_email",
            "hired_on",
            "languages",
            "skills");
    /**
     * Columns a file may leave out: files written before Kantor knew contract hours still import, and their
     * people get the standard week.
     */
    static final List<String> OPTIONAL_COLUMNS = List.of("weekly_contract_hours");

    static final int MAX_ROWS = 5000;

    /** The lines read, and a problem for every line (or the whole file) that could not be read. */
    record Lines(List<CsvLine> lines, List<ImportProblem> problems) {}

    Lines read(Reader csv) {
        List<CsvLine> lines = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        String text;
        try {
            text = new BufferedReader(csv).lines().collect(Collectors.joining("\n"));
        } catch (UncheckedIOException e) {
            problems.add(new ImportProblem(1, null, "import.unreadable", List.of()));
            return new Lines(lines, problems);
        }
        // Excel writes a byte-order mark before "CSV UTF-8" files, and semicolons where the comma is a decimal sign
        text = CsvImport.withoutByteOrderMark(text);
        CSVFormat format = CsvImport.headedFormat(text).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Set<String> header = new HashSet<>();
            parser.getHeaderNames().forEach(h -> header.add(h.strip()));
            List<String> missing =
                    COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(new ImportProblem(1, null, "import.missing-columns", List.of(String.join(", ", missing))));
                return new Lines(lines, problems);
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (lines.size() >= MAX_ROWS) {
                    problems.add(new ImportProblem(line, null, "import.too-many-rows", List.of(MAX_ROWS)));
                    break;
                }
                if (!record.isConsistent()) {
                    problems.add(new ImportProblem(
                            line,
                            null,
                            "import.wrong-column-count",
                            List.of(record.size(), parser.getHeaderNames().size())));
                    continue;
                }
                int unstorable = InputCheck.firstUnstorable(record);
                if (unstorable >= 0) {
                    // such text is never looked up nor stored: the whole line is refused
                    problems.add(new ImportProblem(
                            line, parser.getHeaderNames().get(unstorable), "validation.unstorable", List.of()));
                    continue;
                }
                lines.add(new CsvLine(line, record.toMap()));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new ImportProblem(1, null, "import.unreadable", List.of()));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(1, null, "import.empty", List.of()));
        }
        return new Lines(lines, problems);
    }
}
