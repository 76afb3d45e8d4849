package dev.kantor.reporting.backoffice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.reporting.frontoffice.FigureFilter;
import dev.kantor.reporting.frontoffice.FigureTable;
import dev.kantor.reporting.frontoffice.FiguresCsv;
import dev.kantor.reporting.frontoffice.Labels;
import dev.kantor.reporting.frontoffice.ShownTables;
import dev.kantor.reporting.frontoffice.Viewers;

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

/**
 * The back-office manager's dashboard, its CSV and the requests behind each figure: a manager in the back or
 * hybrid office sees their own department only, whatever they ask for.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class BackOfficeReportController {

    private static final String ROW = "row.";

    private final BackOfficeReport figures;
    private final InternalSatisfaction satisfaction;
    private final RequestDrillDown drillDown;
    private final ShownTables shownTables;
    private final Labels labels;
    private final Viewers viewers;
    private final People people;
    private final BusinessCalendars calendars;
    private final Clock clock;

    BackOfficeReportController(
            BackOfficeReport figures,
            InternalSatisfaction satisfaction,
            RequestDrillDown drillDown,
            ShownTables shownTables,
            Labels labels,
            Viewers viewers,
            People people,
            BusinessCalendars calendars,
            Clock clock) {
        this.figures = figures;
        this.satisfaction = satisfaction;
        this.drillDown = drillDown;
        this.shownTables = shownTables;
        this.labels = labels;
        this.viewers = viewers;
        this.people = people;
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/reports/back-office")
    String page(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long department,
            Locale locale,
            Model model) {
        LocalDate end = end(to);
        LocalDate start = start(from, end);
        Long held = department(department);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("department", held);
        model.addAttribute(
                "departments",
                held != null && viewers.ownDepartmentOnly().isPresent()
                        ? people.department(held).stream().toList()
                        : people.departments());
        List<FigureTable> tables = List.of(
                figures.targets(start, end, held),
                figures.backlog(held, clock.instant()),
                satisfaction.table(start, end, held));
        model.addAttribute(
                "tables",
                tables.stream()
                        .map(t -> shownTables.of(t, locale, (column, row) -> drill(start, end, held, column, t, row)))
                        .toList());
        return "reporting/back-office";
    }

    /** The internal requests behind a figure, of the viewer's own department when they are held to it. */
    @GetMapping("/reports/back-office/requests")
    String requests(
            @RequestParam String measure,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long department,
            @RequestParam Map<String, String> parameters,
            Model model) {
        LocalDate end = end(to);
        LocalDate start = start(from, end);
        Long held = department(department);
        Map<String, String> row = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(ROW)) {
                row.put(name.substring(ROW.length()), value);
            }
        });
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("department", held);
        model.addAttribute("measure", measure);
        model.addAttribute("row", row);
        model.addAttribute("requests", drillDown.requests(measure, start, end, held, row, clock.instant()));
        model.addAttribute("most", RequestDrillDown.MOST);
        return "reporting/requests";
    }

    /** Where a figure leads: the requests behind it, with the period, the department and the row's labels. */
    private static String drill(
            LocalDate from, LocalDate to, Long department, String measure, FigureTable table, FigureTable.Row row) {
        if (!RequestDrillDown.MEASURES.contains(measure)) {
            return null;
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reports/back-office/requests")
                .queryParam("measure", measure)
                .queryParam("from", from)
                .queryParam("to", to);
        if (department != null) {
            uri.queryParam("department", department);
        }
        for (int i = 0; i < table.dimensions().size(); i++) {
            uri.queryParam(ROW + table.dimensions().get(i), row.labels().get(i));
        }
        return uri.encode().build().toUriString();
    }

    @GetMapping("/reports/back-office/{table:back-office-targets|backlog|internal-satisfaction}.csv")
    ResponseEntity<String> csv(
            @PathVariable String table,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long department,
            Locale locale) {
        LocalDate end = end(to);
        LocalDate start = start(from, end);
        Long held = department(department);
        FigureTable figuresOf =
                switch (table) {
                    case "backlog" -> figures.backlog(held, clock.instant());
                    case InternalSatisfaction.TABLE -> satisfaction.table(start, end, held);
                    default -> figures.targets(start, end, held);
                };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + table + "-" + start + "-" + end + ".csv\"")
                .body(FiguresCsv.write(figuresOf, labels, locale));
    }

    /** The department asked for; a back-office manager's own, whatever they asked. */
    private Long department(Long asked) {
        return viewers.ownDepartmentOnly().orElse(asked);
    }

    private LocalDate end(LocalDate to) {
        return to != null ? to : LocalDate.ofInstant(clock.instant(), calendars.zone());
    }

    private LocalDate start(LocalDate from, LocalDate end) {
        LocalDate start = from != null ? from : end.minusDays(29);
        new InputCheck()
                .that(!start.isAfter(end), "from", "reporting.validation.period")
                .that(ChronoUnit.DAYS.between(start, end) < FigureFilter.MOST_DAYS, "to", "reporting.validation.period")
                .throwIfAny();
        return start;
    }
}
