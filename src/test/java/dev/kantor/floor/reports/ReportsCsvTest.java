package dev.kantor.floor.reports;

import java.time.LocalDate;
import java.util.List;

import dev.kantor.floor.breaks.BreakAdherence.AgentAdherence;
import dev.kantor.floor.reports.FloorReports.AdherenceLine;
import dev.kantor.floor.reports.FloorReports.FillInLine;
import dev.kantor.floor.reports.FloorReports.ShortLine;
import dev.kantor.platform.csv.CsvExport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsCsvTest {

    @Test
    void aReportIsUtf8WithAByteOrderMarkAHeaderAndNamesNoSpreadsheetRuns() {
        String csv = ReportsCsv.fillIns(List.of(
                new FillInLine(LocalDate.of(2026, 3, 2), 3, "=HYPERLINK(\"x\")", 7, "Phone line", 45),
                new FillInLine(LocalDate.of(2026, 3, 2), 4, "Dewi Lestari, S.E.", 7, "Phone line", 30)));

        assertThat(csv).startsWith(CsvExport.BOM + "week,manager_id,manager,queue_id,queue,minutes\r\n");
        assertThat(csv).contains("2026-03-02,3,\"'=HYPERLINK(\"\"x\"\")\",7,Phone line,45");
        assertThat(csv).contains("\"Dewi Lestari, S.E.\"");
    }

    @Test
    void adherenceFiguresAreWrittenWithADecimalPointInEveryLanguage() {
        String csv = ReportsCsv.adherence(
                List.of(new AdherenceLine("Agus Pratama", new AgentAdherence(1, 3, 2, 1, 4.25, -1.5))));

        assertThat(csv).contains("1,Agus Pratama,3,2,1,4.3,-1.5");
    }

    @Test
    void shortIntervalsHaveOneLinePerQueueAndDay() {
        String csv =
                ReportsCsv.shortIntervals(List.of(new ShortLine(LocalDate.of(2026, 3, 3), 7, "Front desk", 40, 2, 5)));

        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("2026-03-03,7,Front desk,40,2,5");
    }
}
