package dev.kantor.scheduling.schedules;

import java.util.Map;
import java.util.stream.Collectors;

import dev.kantor.platform.csv.CsvExport;
import dev.kantor.scheduling.problem.Shift;

import static dev.kantor.platform.csv.SpreadsheetCells.text;

/**
 * A schedule as CSV, one line per shift: the employee, the date, the shift type, its times and its
 * breaks ({@code name start-end}, separated by semicolons), and whether it is pinned.
 */
final class ScheduleCsv {

    static final String[] HEADER = {"employee_id", "employee", "date", "shift_type", "start", "end", "breaks", "pinned"
    };

    private ScheduleCsv() {}

    static String write(SavedSchedule schedule, Map<Long, String> names) {
        return CsvExport.plain(HEADER, csv -> {
            for (PlannedShift planned : schedule.shifts()) {
                Shift s = planned.shift();
                csv.printRecord(
                        planned.employeeId(),
                        // a name is data, not a formula a spreadsheet should run
                        text(names.getOrDefault(planned.employeeId(), "")),
                        s.date(),
                        text(s.shiftType()),
                        s.start(),
                        s.end(),
                        text(s.breaks().stream()
                                .map(b -> b.id() + " " + b.start() + "-" + b.end())
                                .collect(Collectors.joining("; "))),
                        planned.pinned());
            }
        });
    }
}
