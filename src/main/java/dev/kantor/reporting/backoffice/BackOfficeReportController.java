package dev.kantor.reporting.backoffice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

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

/** The back-office manager's dashboard and its CSV: a back-office manager sees their own department only. */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class BackOfficeReportController {

    private final BackOfficeReport figures;
    private final ShownTables shownTables;
    private final Labels labels;
    private final Viewers viewers;
    private final People people;
    private final BusinessCalendars calendars;
    private final Clock clock;

    BackOfficeReportController(
            BackOfficeReport figures,
            ShownTables shownTables,
            Labels labels,
            Viewers viewers,
            People people,
            BusinessCalendars calendars,
            Clock clock) {
        this.figures = figures;
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
        model.addAttribute(
                "tables",
                List.of(
                        shownTables.of(figures.targets(start, end, held), locale, (c, r) -> null),
                        shownTables.of(figures.backlog(held, clock.instant()), locale, (c, r) -> null)));
        return "reporting/back-office";
    }

    @GetMapping("/reports/back-office/{table:back-office-targets|backlog}.csv")
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
                "backlog".equals(table) ? figures.backlog(held, clock.instant()) : figures.targets(start, end, held);
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
