package dev.kantor.reporting.coverage;

import java.time.LocalDate;

import dev.kantor.cases.Channel;
import dev.kantor.reporting.frontoffice.FigureTable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The front office's coverage as JSON, for front-office managers and admins; refused to a back-office manager. */
@RestController
@Tag(name = "Reporting")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class CoverageRestController {

    private final CoverageFigures figures;
    private final CoveragePeriods periods;

    CoverageRestController(CoverageFigures figures, CoveragePeriods periods) {
        this.figures = figures;
        this.periods = periods;
    }

    /** Coverage per queue and day of the period. */
    @GetMapping("/api/reports/coverage")
    @Operation(
            summary = "Coverage of the front office per queue and day",
            description = "For the period (the last 30 days when none is given): the 15-minute intervals closed and "
                    + "those short (fewer agents on the queue than it needed), and managers' fill-ins and their "
                    + "minutes; rows are labelled by queue id and day. departmentId keeps the intervals of the "
                    + "queues that department answered for on the floor when they closed and the fill-ins of its "
                    + "managers; channel keeps the queues serving that channel; queue keeps one queue. Coverage is "
                    + "counted per queue, not per topic: a topic is refused (400 naming topic). Refused to a "
                    + "back-office manager.")
    FigureTable coverage(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Long queue) {
        return figures.table(periods.of(from, to, departmentId, topic, channel, queue));
    }
}
