package dev.kantor.reporting.mine;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;
import dev.kantor.reporting.frontoffice.FigureTable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "My figures" as JSON: the signed-in employee's own, and nobody else's (naming someone else is refused). */
@RestController
@Tag(name = "Reporting")
class MyFiguresRestController {

    private final MyFigures figures;
    private final WorkedHours hours;
    private final BusinessCalendars calendars;
    private final Clock clock;

    MyFiguresRestController(MyFigures figures, WorkedHours hours, BusinessCalendars calendars, Clock clock) {
        this.figures = figures;
        this.hours = hours;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** My cases per day and my hours worked against my contract per week. */
    @GetMapping("/api/reports/mine")
    @Operation(
            summary = "My own figures",
            description = "The signed-in employee's cases per day and, per week, their hours worked against their "
                    + "weekly contract hours, for the period (the last 30 days when none is given). Columns of the "
                    + "hours: scheduled (published shifts less planned breaks), absent (scheduled time the floor "
                    + "recorded them absent), extra (fill-ins and accepted call-ins beyond their shifts), worked "
                    + "(scheduled - absent + extra), contract (the weekly hours for the week's days in the period) "
                    + "and difference (worked - contract). Weeks are labelled by their Monday.")
    @Sortable({"id"})
    Paged<FigureTable> mine(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Only the signed-in employee's own id: anyone else's figures are refused (403).")
                    @RequestParam(required = false)
                    Long employee,
            PageQuery paging) {
        long me = MyFiguresController.me(employee);
        LocalDate[] period =
                MyFiguresController.period(from, to, LocalDate.ofInstant(clock.instant(), calendars.zone()));
        return paging.inMemory(
                List.of(figures.of(me, period[0], period[1]), hours.codedTable(me, period[0], period[1])));
    }
}
