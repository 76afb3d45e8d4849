package dev.kantor.floor.reports;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import dev.kantor.floor.reports.FloorReports.AdherenceLine;
import dev.kantor.floor.reports.FloorReports.FillInLine;
import dev.kantor.floor.reports.FloorReports.ShortLine;
import dev.kantor.platform.csv.CsvExport;

import org.apache.commons.csv.CSVPrinter;

import static dev.kantor.platform.csv.SpreadsheetCells.text;

/**
 * The floor's reports as CSV for a spreadsheet: UTF-8 with a byte-order mark (so that a spreadsheet
 * reads names such as "Dewi Lestari" or "Ñoño" right), a header line with stable column names, and
 * names written so that no spreadsheet runs them as a formula.
 */
final class ReportsCsv {

    private ReportsCsv() {}

    static String fillIns(List<FillInLine> lines) {
        return write(
                new String[] {"week", "manager_id", "manager", "queue_id", "queue", "minutes"},
                lines,
                (csv, l) -> csv.printRecord(
                        l.monday(), l.managerId(), text(l.manager()), l.queueId(), text(l.queue()), l.minutes()));
    }

    static String adherence(List<AdherenceLine> lines) {
        return write(
                new String[] {
                    "employee_id",
                    "agent",
                    "recorded",
                    "taken",
                    "on_time",
                    "mean_start_off_minutes",
                    "mean_overrun_minutes"
                },
                lines,
                (csv, l) -> csv.printRecord(
                        l.figures().employeeId(),
                        text(l.agent()),
                        l.figures().recorded(),
                        l.figures().taken(),
                        l.figures().onTime(),
                        decimal(l.figures().meanStartOffMinutes()),
                        decimal(l.figures().meanOverrunMinutes())));
    }

    static String shortIntervals(List<ShortLine> lines) {
        return write(
                new String[] {"date", "queue_id", "queue", "intervals", "planned_short", "actual_short"},
                lines,
                (csv, l) -> csv.printRecord(
                        l.date(), l.queueId(), text(l.queue()), l.intervals(), l.plannedShort(), l.actualShort()));
    }

    private interface Line<T> {
        void print(CSVPrinter csv, T line) throws IOException;
    }

    private static <T> String write(String[] header, List<T> lines, Line<T> line) {
        return CsvExport.forSpreadsheets(header, csv -> {
            for (T each : lines) {
                line.print(csv, each);
            }
        });
    }

    /** A decimal with a point, whatever the reader's language: CSV is data. */
    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
