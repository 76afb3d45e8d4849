package dev.kantor.reporting.coverage;

import java.util.List;
import java.util.Locale;

import dev.kantor.reporting.frontoffice.FigureFilter;
import dev.kantor.reporting.frontoffice.FigureTable;
import dev.kantor.reporting.frontoffice.FrontOfficeSection;
import dev.kantor.reporting.frontoffice.ShownTable;
import dev.kantor.reporting.frontoffice.ShownTables;
import dev.kantor.reporting.frontoffice.Viewers;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Coverage on the front-office dashboard, after the case figures, following the dashboard's department, channel
 * and queue filters: each figure leads to the intervals or fill-ins behind it under the same filters. A topic
 * cannot apply to coverage (it is counted per queue, and no queue serves a topic): the section shows every
 * topic's coverage and says so in a note, and its CSV and drill-down are asked for without the topic. A
 * back-office manager, held to their own department, is shown none: the front office's queues are no
 * department's to read.
 */
@Component
class CoverageSection implements FrontOfficeSection {

    private final CoverageFigures figures;
    private final ShownTables shownTables;
    private final Viewers viewers;

    CoverageSection(CoverageFigures figures, ShownTables shownTables, Viewers viewers) {
        this.figures = figures;
        this.shownTables = shownTables;
        this.viewers = viewers;
    }

    @Override
    public List<ShownTable> shown(FigureFilter filter, Locale locale) {
        if (viewers.ownDepartmentOnly().isPresent()) {
            return List.of();
        }
        return List.of(shownTables.of(figures.table(filter), locale, (column, row) -> drill(filter, column, row)));
    }

    @Override
    public List<Note> notes(FigureFilter filter) {
        if (filter.topic() == null || viewers.ownDepartmentOnly().isPresent()) {
            return List.of();
        }
        return List.of(new Note(CoverageFigures.TABLE, "reporting.coverage.per-queue-note", "topic"));
    }

    /** Where a figure leads: the intervals or fill-ins of its queue and day, under the same filters but topic. */
    static String drill(FigureFilter filter, String measure, FigureTable.Row row) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reports/front-office/coverage/items")
                .queryParam("measure", measure)
                .queryParam("from", filter.from())
                .queryParam("to", filter.to());
        if (filter.departmentId() != null) {
            uri.queryParam("department", filter.departmentId());
        }
        if (filter.channel() != null) {
            uri.queryParam("channel", filter.channel());
        }
        return uri.queryParam("queue", row.labels().get(0))
                .queryParam("day", row.labels().get(1))
                .encode()
                .build()
                .toUriString();
    }
}
