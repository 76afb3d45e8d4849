package dev.kantor.floor.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import dev.kantor.floor.reports.FloorReports.AdherenceLine;
import dev.kantor.floor.reports.FloorReports.FillInLine;
import dev.kantor.floor.reports.FloorReports.ShortLine;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The floor's reports as CSV for a spreadsheet: UTF-8 with a byte-order mark (so that a spreadsheet
 * reads names such as "Dewi Lestari" or "Ñoño" right), a header line with stable column names, and
 * names written so that no spreadsheet runs them as a formula.
 */
final class ReportsCsv {

    /** The byte-order mark spreadsheets look for to read a CSV file as UTF-8. */
    static final String BOM = "\uFEFF";

    private ReportsCsv() {}

    static String fillIns(List<FillInLine> lines) {
        return write(
                new String[] {"week", "manager_id", "manager", "queue_id", "queue", "minutes"},
                lines,
                (csv, l) -> csv.printRecord(
                        l.monday(), l.managerId(), safe(l.manager()), l.queueId(), safe(l.queue()), l.minutes()));
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
                        safe(l.agent()),
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
                        l.date(), l.queueId(), safe(l.queue()), l.intervals(), l.plannedShort(), l.actualShort()));
    }

    private interface Line<T> {
        void print(CSVPrinter csv, T line) throws IOException;
    }

    private static <T> String write(String[] header, List<T> lines, Line<T> line) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv =
                CSVFormat.DEFAULT.builder().setHeader(header).get().print(out)) {
            for (T each : lines) {
                line.print(csv, each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A decimal with a point, whatever the reader's language: CSV is data. */
    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
