package dev.kantor.scheduling.schedules;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kantor.scheduling.problem.Shift;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A schedule as CSV, one line per shift: the employee, the date, the shift type, its times and its
 * breaks ({@code name start-end}, separated by semicolons), and whether it is pinned.
 */
final class ScheduleCsv {

    static final String[] HEADER = {"employee_id", "employee", "date", "shift_type", "start", "end", "breaks", "pinned"
    };

    private ScheduleCsv() {}

    static String write(SavedSchedule schedule, Map<Long, String> names) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv =
                CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
            for (PlannedShift planned : schedule.shifts()) {
                Shift s = planned.shift();
                csv.printRecord(
                        planned.employeeId(),
                        // a name is data, not a formula a spreadsheet should run
                        safe(names.getOrDefault(planned.employeeId(), "")),
                        s.date(),
                        safe(s.shiftType()),
                        s.start(),
                        s.end(),
                        safe(s.breaks().stream()
                                .map(b -> b.id() + " " + b.start() + "-" + b.end())
                                .collect(Collectors.joining("; "))),
                        planned.pinned());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
