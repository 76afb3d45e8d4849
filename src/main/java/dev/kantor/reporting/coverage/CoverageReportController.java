package dev.kantor.reporting.coverage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.kantor.cases.Channel;
import dev.kantor.people.People;
import dev.kantor.reporting.frontoffice.FigureFilter;
import dev.kantor.reporting.frontoffice.FiguresCsv;
import dev.kantor.reporting.frontoffice.Labels;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coverage table's CSV and the intervals or fill-ins behind its figures, for front-office managers and
 * admins, following the department, channel and queue filters (a topic is refused, see {@link CoveragePeriods});
 * refused to a back-office manager, as the dashboard shows them no coverage.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class CoverageReportController {

    private final CoverageFigures figures;
    private final CoveragePeriods periods;
    private final Labels labels;
    private final People people;

    CoverageReportController(CoverageFigures figures, CoveragePeriods periods, Labels labels, People people) {
        this.figures = figures;
        this.periods = periods;
        this.labels = labels;
        this.people = people;
    }

    @GetMapping("/reports/front-office/coverage.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long department,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Long queue,
            Locale locale) {
        FigureFilter filter = periods.of(from, to, department, topic, channel, queue);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + CoverageFigures.TABLE + "-" + filter.from() + "-" + filter.to()
                                + ".csv\"")
                .body(FiguresCsv.write(figures.table(filter), labels, locale));
    }

    @GetMapping("/reports/front-office/coverage/items")
    String items(
            @RequestParam String measure,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long department,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Long queue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Model model) {
        // queue is the figure's row, and the filter's at once (under a queue filter every row is that queue): it
        // narrows the rows, unchecked, so that a queue removed since still shows the intervals it had
        FigureFilter filter = periods.of(from, to, department, topic, channel, null);
        model.addAttribute("filter", filter);
        model.addAttribute("measure", measure);
        model.addAttribute("queue", queue);
        model.addAttribute("day", day);
        model.addAttribute("most", CoverageFigures.MOST);
        if (CoverageFigures.FILL_IN_MEASURES.contains(measure)) {
            List<CoverageFigures.DrilledFillIn> fillIns = figures.fillIns(filter, measure, queue, day);
            List<Long> managers = new ArrayList<>(fillIns.stream()
                    .map(CoverageFigures.DrilledFillIn::employeeId)
                    .distinct()
                    .toList());
            model.addAttribute("fillIns", fillIns);
            model.addAttribute("managers", people.namesOf(managers));
            model.addAttribute("count", fillIns.size());
        } else {
            List<CoverageFigures.DrilledInterval> intervals = figures.intervals(filter, measure, queue, day);
            model.addAttribute("intervals", intervals);
            model.addAttribute("count", intervals.size());
        }
        return "reporting/coverage-items";
    }
}
