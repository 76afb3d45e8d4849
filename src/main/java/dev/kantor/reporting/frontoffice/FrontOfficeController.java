package dev.kantor.reporting.frontoffice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.Channel;
import dev.kantor.people.People;
import dev.kantor.routing.TopicCatalogue;
import dev.kantor.staffing.WorkQueues;

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
 * The front-office manager's dashboard, its CSV exports and its drill-down, for managers and admins;
 * a back-office manager sees only the cases their own department served.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class FrontOfficeController {

    private static final String ROW = "row.";

    private final FrontOfficeFigures figures;
    private final Labels labels;
    private final ShownTables shownTables;
    private final Viewers viewers;
    private final FigureFilters filters;
    private final People people;
    private final TopicCatalogue topics;
    private final WorkQueues queues;
    private final BusinessCalendars calendars;
    private final Clock clock;
    private final List<FrontOfficeSection> sections;

    FrontOfficeController(
            FrontOfficeFigures figures,
            Labels labels,
            ShownTables shownTables,
            Viewers viewers,
            FigureFilters filters,
            People people,
            TopicCatalogue topics,
            WorkQueues queues,
            BusinessCalendars calendars,
            Clock clock,
            List<FrontOfficeSection> sections) {
        this.figures = figures;
        this.labels = labels;
        this.shownTables = shownTables;
        this.viewers = viewers;
        this.filters = filters;
        this.people = people;
        this.topics = topics;
        this.queues = queues;
        this.calendars = calendars;
        this.clock = clock;
        this.sections = sections;
    }

    @GetMapping("/reports/front-office")
    String page(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long department,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Long queue,
            Locale locale,
            Model model) {
        FigureFilter filter = filter(from, to, department, topic, channel, queue);
        List<ShownTable> tables = new ArrayList<>();
        for (FigureTable table : figures.all(filter)) {
            tables.add(shown(table, filter, locale));
        }
        Map<String, FrontOfficeSection.Note> notes = new LinkedHashMap<>();
        for (FrontOfficeSection section : sections) {
            tables.addAll(section.shown(filter, locale));
            section.notes(filter).forEach(note -> notes.put(note.table(), note));
        }
        model.addAttribute("filter", filter);
        model.addAttribute("tables", tables);
        model.addAttribute("notes", notes);
        model.addAttribute(
                "departments",
                viewers.ownDepartmentOnly().isPresent()
                        ? people.departments().stream()
                                .filter(d -> d.getId()
                                        .equals(viewers.ownDepartmentOnly().get()))
                                .toList()
                        : people.departments());
        model.addAttribute("topics", topics.all());
        model.addAttribute("subscribed", viewers.subscribedToDigest());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("queues", queues.all());
        return "reporting/front-office";
    }

    @GetMapping("/reports/front-office/{table}.csv")
    ResponseEntity<String> csv(
            @PathVariable String table,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long department,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Long queue,
            Locale locale) {
        FigureFilter filter = filter(from, to, department, topic, channel, queue);
        FigureTable figuresOf = figures.table(table, filter);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + figuresOf.id() + "-" + filter.from() + "-" + filter.to() + ".csv\"")
                .body(FiguresCsv.write(figuresOf, labels, locale));
    }

    @GetMapping("/reports/front-office/cases")
    String cases(
            @RequestParam String measure,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long department,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Long queue,
            @RequestParam Map<String, String> parameters,
            Model model) {
        FigureFilter filter = filter(from, to, department, topic, channel, queue);
        Map<String, String> row = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(ROW)) {
                row.put(name.substring(ROW.length()), value);
            }
        });
        model.addAttribute("filter", filter);
        model.addAttribute("measure", measure);
        model.addAttribute("row", row);
        model.addAttribute("cases", figures.cases(filter, measure, row));
        model.addAttribute("most", FrontOfficeFigures.MOST_CASES);
        return "reporting/cases";
    }

    private FigureFilter filter(
            LocalDate from, LocalDate to, Long department, String topic, Channel channel, Long queue) {
        return filters.of(from, to, department, topic, channel, queue);
    }

    private ShownTable shown(FigureTable table, FigureFilter filter, Locale locale) {
        return shownTables.of(table, locale, (column, row) -> drill(filter, column, table, row));
    }

    private static String drill(FigureFilter filter, String measure, FigureTable table, FigureTable.Row row) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reports/front-office/cases")
                .queryParam("measure", measure)
                .queryParam("from", filter.from())
                .queryParam("to", filter.to());
        if (filter.departmentId() != null) {
            uri.queryParam("department", filter.departmentId());
        }
        if (filter.topic() != null) {
            uri.queryParam("topic", filter.topic());
        }
        if (filter.channel() != null) {
            uri.queryParam("channel", filter.channel());
        }
        if (filter.queueId() != null) {
            uri.queryParam("queue", filter.queueId());
        }
        for (int i = 0; i < table.dimensions().size(); i++) {
            uri.queryParam(ROW + table.dimensions().get(i), row.labels().get(i));
        }
        return uri.encode().build().toUriString();
    }
}
