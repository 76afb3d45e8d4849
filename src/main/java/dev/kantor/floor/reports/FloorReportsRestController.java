package dev.kantor.floor.reports;

import java.time.LocalDate;

import dev.kantor.floor.reports.FloorReports.AdherenceLine;
import dev.kantor.floor.reports.FloorReports.FillInLine;
import dev.kantor.floor.reports.FloorReports.ShortLine;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The floor's reports through the REST API, for managers; periods of at most 31 business days. */
@RestController
@RequestMapping("/api/floor/reports")
@Tag(name = "Live floor")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class FloorReportsRestController {

    private final FloorReports reports;

    FloorReportsRestController(FloorReports reports) {
        this.reports = reports;
    }

    @GetMapping("/fill-ins")
    @Operation(summary = "Minutes each manager filled in on each queue, per week")
    @Sortable({"monday", "minutes"})
    Paged<FillInLine> fillIns(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            PageQuery paging) {
        return paging.inMemory(reports.fillIns(from, to));
    }

    @GetMapping("/adherence")
    @Operation(summary = "Break adherence per agent: breaks taken, on time, mean minutes off the start and over")
    @Sortable({"agent"})
    Paged<AdherenceLine> adherence(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            PageQuery paging) {
        return paging.inMemory(reports.adherence(from, to));
    }

    @GetMapping("/short-intervals")
    @Operation(summary = "Short intervals per queue and day, as planned and as the day went")
    @Sortable({"date", "queue"})
    Paged<ShortLine> shortIntervals(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            PageQuery paging) {
        return paging.inMemory(reports.shortIntervals(from, to));
    }
}
