package dev.kantor.reporting.frontoffice;

import java.time.LocalDate;

import dev.kantor.cases.Channel;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The front-office figures as JSON, for managers and admins; a back-office manager's are held to
 * their own department. Labels are stored codes (topic codes, channel and office names).
 */
@RestController
@Tag(name = "Reporting")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class FrontOfficeRestController {

    private final FrontOfficeFigures figures;
    private final FigureFilters filters;

    FrontOfficeRestController(FrontOfficeFigures figures, FigureFilters filters) {
        this.figures = figures;
        this.filters = filters;
    }

    /** Every table of the dashboard for the period (the last 30 days when none is given) and filters. */
    @GetMapping("/api/reports/front-office")
    @Operation(
            summary = "Every table of the front-office dashboard",
            description = "For the period (the last 30 days when none is given) and the filters; a back-office "
                    + "manager's figures are held to their own department.")
    @Sortable({"id"})
    Paged<FigureTable> all(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Long queue,
            PageQuery paging) {
        return paging.inMemory(figures.all(filters.of(from, to, departmentId, topic, channel, queue)));
    }

    /** One table of the dashboard. */
    @GetMapping("/api/reports/front-office/{table}")
    @Operation(summary = "One table of the front-office dashboard", description = "404 for an unknown table.")
    FigureTable table(
            @PathVariable String table,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Long queue) {
        return figures.table(table, filters.of(from, to, departmentId, topic, channel, queue));
    }
}
