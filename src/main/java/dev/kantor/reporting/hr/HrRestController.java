package dev.kantor.reporting.hr;

import java.time.LocalDate;
import java.util.Locale;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;
import dev.kantor.reporting.frontoffice.FigureTable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HR's figures as JSON, for HR and admins only: headcount, policy acknowledgement, work arrangements and
 * assessment results; and the people behind a figure that counts people.
 */
@RestController
@Tag(name = "Reporting")
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
class HrRestController {

    /** Someone behind a figure. */
    @Schema(name = "HrFigurePerson")
    record PersonDto(long id, String name) {}

    private final HrDashboard dashboard;

    HrRestController(HrDashboard dashboard) {
        this.dashboard = dashboard;
    }

    /** Every table of HR's dashboard for the period (the last 90 days when none is given). */
    @GetMapping("/api/reports/hr")
    @Operation(
            summary = "Every table of HR's dashboard",
            description = "Dated figures (acknowledgements asked, arrangements in force) count in the period, the "
                    + "last 90 days when none is given; headcount is as at the period's last day, with its trend per office "
                    + "at each month's end (headcount-trend). Labels are in the reader's language.")
    @Sortable({"id"})
    Paged<FigureTable> all(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale,
            PageQuery paging) {
        return paging.inMemory(dashboard.figures(dashboard.period(from, to), locale));
    }

    /** The people behind one figure of a table that counts people. */
    @GetMapping("/api/reports/hr/{table}/people")
    @Operation(
            summary = "The people behind one figure of HR's dashboard",
            description = "The row is named by its key (as the dashboard's links give it), the column by its name; "
                    + "404 for an unknown table.")
    @Sortable({"name"})
    Paged<PersonDto> people(
            @PathVariable String table,
            @RequestParam String row,
            @RequestParam String column,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale,
            PageQuery paging) {
        HrPeriod period = dashboard.period(from, to);
        if (dashboard.table(table, period, locale).isEmpty()) {
            throw KantorException.notFound("reporting.table.unknown");
        }
        return paging.inMemory(dashboard.behind(table, row, column, period, locale).stream()
                .map(p -> new PersonDto(p.id(), p.name()))
                .toList());
    }
}
