package dev.kantor.reporting.mine;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.reporting.frontoffice.FigureFilter;
import dev.kantor.reporting.frontoffice.FigureTable;
import dev.kantor.reporting.frontoffice.FiguresCsv;
import dev.kantor.reporting.frontoffice.Labels;
import dev.kantor.reporting.frontoffice.ShownTables;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My figures": every employee sees their own, and nobody else's: the address names nobody, and naming someone
 * else ({@code ?employee=}) is refused.
 */
@Controller
class MyFiguresController {

    private final MyFigures figures;
    private final WorkedHours hours;
    private final ShownTables shownTables;
    private final Labels labels;
    private final BusinessCalendars calendars;
    private final Clock clock;

    MyFiguresController(
            MyFigures figures,
            WorkedHours hours,
            ShownTables shownTables,
            Labels labels,
            BusinessCalendars calendars,
            Clock clock) {
        this.figures = figures;
        this.hours = hours;
        this.shownTables = shownTables;
        this.labels = labels;
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/reports/mine")
    String page(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long employee,
            Locale locale,
            Model model) {
        long me = me(employee);
        LocalDate[] period = period(from, to);
        model.addAttribute("from", period[0]);
        model.addAttribute("to", period[1]);
        model.addAttribute("table", shownTables.of(figures.of(me, period[0], period[1]), locale, (c, r) -> null));
        model.addAttribute("hours", shownTables.of(hours.table(me, period[0], period[1]), locale, (c, r) -> null));
        return "reporting/mine";
    }

    @GetMapping("/reports/mine.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long employee,
            Locale locale) {
        long me = me(employee);
        LocalDate[] period = period(from, to);
        FigureTable table = figures.of(me, period[0], period[1]);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"my-figures-" + period[0] + "-" + period[1] + ".csv\"")
                .body(FiguresCsv.write(table, labels, locale));
    }

    /** My hours worked against my contract, week by week, as CSV: only ever the signed-in person's. */
    @GetMapping("/reports/mine/hours.csv")
    ResponseEntity<String> hoursCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long employee,
            Locale locale) {
        long me = me(employee);
        LocalDate[] period = period(from, to);
        FigureTable table = hours.table(me, period[0], period[1]);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"my-hours-" + period[0] + "-" + period[1] + ".csv\"")
                .body(FiguresCsv.write(table, labels, locale));
    }

    /**
     * The signed-in employee, who may name themselves: anyone else named is refused rather than quietly answered
     * with one's own figures, which could be taken for theirs.
     *
     * @throws KantorException forbidden when {@code employee} is someone else
     */
    static long me(Long employee) {
        long me = CurrentUser.employeeId("reporting.mine.no-employee");
        if (employee != null && employee != me) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "reporting.mine.not-yours");
        }
        return me;
    }

    private LocalDate[] period(LocalDate from, LocalDate to) {
        return period(from, to, LocalDate.ofInstant(clock.instant(), calendars.zone()));
    }

    /** The period asked for, checked: the last 30 days up to today when none is given. */
    static LocalDate[] period(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusDays(29);
        new InputCheck()
                .that(!start.isAfter(end), "from", "reporting.validation.period")
                .that(ChronoUnit.DAYS.between(start, end) < FigureFilter.MOST_DAYS, "to", "reporting.validation.period")
                .throwIfAny();
        return new LocalDate[] {start, end};
    }
}
