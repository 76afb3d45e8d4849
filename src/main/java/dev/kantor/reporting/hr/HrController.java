package dev.kantor.reporting.hr;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.kantor.platform.KantorException;
import dev.kantor.reporting.frontoffice.FigureTable;
import dev.kantor.reporting.frontoffice.FiguresCsv;
import dev.kantor.reporting.frontoffice.Labels;
import dev.kantor.reporting.frontoffice.ShownTable;
import dev.kantor.reporting.frontoffice.ShownTables;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** HR's dashboard, its CSV and the people behind each figure, for HR and admins. */
@Controller
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
class HrController {

    private final HrDashboard dashboard;
    private final ShownTables shownTables;
    private final Labels labels;

    HrController(HrDashboard dashboard, ShownTables shownTables, Labels labels) {
        this.dashboard = dashboard;
        this.shownTables = shownTables;
        this.labels = labels;
    }

    @GetMapping("/reports/hr")
    String page(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale,
            Model model) {
        HrPeriod period = dashboard.period(from, to);
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        HrDashboard.Shown shown = dashboard.shown(period, locale);
        model.addAttribute(
                "tables",
                shown.tables().stream().map(t -> linked(t, period, locale)).toList());
        model.addAttribute(
                "countTables",
                shown.counts().stream()
                        .map(t -> shownTables.of(t, locale, (c, r) -> null))
                        .toList());
        model.addAttribute("fewest", SmallCells.FEWEST);
        return "reporting/hr";
    }

    @GetMapping("/reports/hr/people")
    String people(
            @RequestParam String table,
            @RequestParam String row,
            @RequestParam String column,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale,
            Model model) {
        HrPeriod period = dashboard.period(from, to);
        PeopleTable found = dashboard
                .table(table, period, locale)
                .orElseThrow(() -> KantorException.notFound("reporting.table.unknown"));
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("title", labels.title(table, locale));
        model.addAttribute("column", labels.heading(column, locale));
        model.addAttribute(
                "row",
                found.rows().stream()
                        .filter(r -> r.key().equals(row))
                        .findFirst()
                        .map(r -> labels.row(found.figures(), new FigureTable.Row(r.labels(), List.of()), locale))
                        .orElse(""));
        model.addAttribute("people", dashboard.behind(table, row, column, period, locale));
        return "reporting/hr-people";
    }

    @GetMapping("/reports/hr/{table}.csv")
    ResponseEntity<String> csv(
            @PathVariable String table,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        HrPeriod period = dashboard.period(from, to);
        FigureTable figures = dashboard
                .table(table, period, locale)
                .map(PeopleTable::figures)
                .or(() -> dashboard.counts(period, locale).stream()
                        .filter(t -> t.id().equals(table))
                        .findFirst())
                .orElseThrow(() -> KantorException.notFound("reporting.table.unknown"));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + table + ".csv\"")
                .body(FiguresCsv.write(figures, labels, locale));
    }

    /** The table as shown, each figure above 0 that counts people leading to their names. */
    private ShownTable linked(PeopleTable table, HrPeriod period, Locale locale) {
        ShownTable shown = shownTables.of(table.figures(), locale, (c, r) -> null);
        List<ShownTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < shown.rows().size(); i++) {
            PeopleTable.Row source = table.rows().get(i);
            ShownTable.Row row = shown.rows().get(i);
            List<ShownTable.Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                ShownTable.Cell cell = row.cells().get(c);
                boolean counted =
                        c < table.counted().size() && !source.people().get(c).isEmpty();
                cells.add(
                        counted
                                ? new ShownTable.Cell(
                                        cell.text(),
                                        UriComponentsBuilder.fromPath("/reports/hr/people")
                                                .queryParam("table", table.id())
                                                .queryParam("row", source.key())
                                                .queryParam(
                                                        "column",
                                                        table.counted().get(c))
                                                .queryParam("from", period.from())
                                                .queryParam("to", period.to())
                                                .encode()
                                                .build()
                                                .toUriString())
                                : cell);
            }
            rows.add(new ShownTable.Row(row.labels(), cells));
        }
        return new ShownTable(
                shown.id(), shown.title(), shown.headings(), rows, shown.chartJson(), shown.dimensionCount());
    }
}
