package dev.kantor.floor.reports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.reports.FloorReports.AdherenceLine;
import dev.kantor.floor.reports.FloorReports.FillInLine;
import dev.kantor.floor.reports.FloorReports.ShortLine;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor's reports page for managers: each report with its chart, the table behind it and a CSV
 * download, over a period chosen (this week and the last, unless said).
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class FloorReportsController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FloorReports reports;
    private final BusinessCalendars calendars;
    private final MessageSource messages;
    private final Clock clock;

    FloorReportsController(FloorReports reports, BusinessCalendars calendars, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/floor/reports")
    String page(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Period period = period(from, to);
        List<FillInLine> fillIns = reports.fillIns(period.from(), period.to());
        List<AdherenceLine> adherence = reports.adherence(period.from(), period.to());
        List<ShortLine> shortIntervals = reports.shortIntervals(period.from(), period.to());
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("fillIns", fillIns);
        model.addAttribute("adherence", adherence);
        model.addAttribute("shortIntervals", shortIntervals);
        model.addAttribute("fillInChart", fillInChart(fillIns));
        model.addAttribute("adherenceChart", adherenceChart(adherence));
        model.addAttribute("shortChart", shortChart(shortIntervals));
        return "floor/reports/reports";
    }

    @GetMapping("/floor/reports/{report:fill-ins|adherence|short-intervals}.csv")
    ResponseEntity<String> csv(
            @PathVariable String report,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = period(from, to);
        String body =
                switch (report) {
                    case "fill-ins" -> ReportsCsv.fillIns(reports.fillIns(period.from(), period.to()));
                    case "adherence" -> ReportsCsv.adherence(reports.adherence(period.from(), period.to()));
                    default -> ReportsCsv.shortIntervals(reports.shortIntervals(period.from(), period.to()));
                };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"floor-" + report + "-" + period.from() + "-" + period.to() + ".csv\"")
                .body(body);
    }

    /** The period asked for, or this week and the last up to today. */
    private Period period(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendars.zone());
        LocalDate end = to != null ? to : (from != null ? from.plusDays(FloorReports.MOST_DAYS - 1) : today);
        LocalDate start = from != null
                ? from
                : today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return new Period(start, end);
    }

    private record Period(LocalDate from, LocalDate to) {}

    /** Minutes per week, one bar series per manager. */
    private String fillInChart(List<FillInLine> lines) {
        TreeSet<LocalDate> weeks = new TreeSet<>();
        Map<String, Map<LocalDate, Long>> byManager = new TreeMap<>();
        for (FillInLine line : lines) {
            weeks.add(line.monday());
            byManager
                    .computeIfAbsent(line.manager(), m -> new TreeMap<>())
                    .merge(line.monday(), line.minutes(), Long::sum);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", weeks.stream().map(LocalDate::toString).toList());
        chart.put(
                "series",
                byManager.entrySet().stream()
                        .map(e -> Map.of(
                                "name",
                                e.getKey(),
                                "values",
                                weeks.stream()
                                        .map(w -> e.getValue().getOrDefault(w, 0L))
                                        .toList()))
                        .toList());
        chart.put("axis", text("floor.reports.minutes"));
        return JSON.writeValueAsString(chart);
    }

    /** Mean minutes off the planned start and mean overrun per agent. */
    private String adherenceChart(List<AdherenceLine> lines) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", lines.stream().map(AdherenceLine::agent).toList());
        chart.put(
                "series",
                List.of(
                        Map.of(
                                "name",
                                text("floor.reports.adherence.start-off"),
                                "values",
                                lines.stream()
                                        .map(l -> round(l.figures().meanStartOffMinutes()))
                                        .toList()),
                        Map.of(
                                "name",
                                text("floor.reports.adherence.overrun"),
                                "values",
                                lines.stream()
                                        .map(l -> round(l.figures().meanOverrunMinutes()))
                                        .toList())));
        chart.put("axis", text("floor.reports.minutes"));
        return JSON.writeValueAsString(chart);
    }

    /** Short intervals per day over every queue, planned against as the day went. */
    private String shortChart(List<ShortLine> lines) {
        Map<LocalDate, int[]> byDay = new TreeMap<>();
        for (ShortLine line : lines) {
            int[] counts = byDay.computeIfAbsent(line.date(), d -> new int[2]);
            counts[0] += line.plannedShort();
            counts[1] += line.actualShort();
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", byDay.keySet().stream().map(LocalDate::toString).toList());
        chart.put(
                "series",
                List.of(
                        Map.of(
                                "name",
                                text("floor.reports.short.planned"),
                                "values",
                                byDay.values().stream().map(c -> c[0]).toList()),
                        Map.of(
                                "name",
                                text("floor.reports.short.actual"),
                                "values",
                                byDay.values().stream().map(c -> c[1]).toList())));
        chart.put("axis", text("floor.reports.intervals"));
        return JSON.writeValueAsString(chart);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
