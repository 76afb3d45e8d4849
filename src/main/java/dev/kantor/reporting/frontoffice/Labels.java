package dev.kantor.reporting.frontoffice;

import java.time.LocalDate;
import java.util.Locale;

import dev.kantor.people.People;
import dev.kantor.platform.web.Times;
import dev.kantor.reporting.rollup.CaseLine;
import dev.kantor.routing.TopicCatalogue;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words a dashboard shows for what it stores as codes: topics, channels, offices, outcomes, days, columns,
 * and the names of departments and queues it stores by id.
 */
@Component("reportLabels")
public class Labels {

    private final TopicCatalogue topics;
    private final MessageSource messages;
    private final Times times;
    private final WorkQueues queues;
    private final People people;

    Labels(TopicCatalogue topics, MessageSource messages, Times times, WorkQueues queues, People people) {
        this.topics = topics;
        this.messages = messages;
        this.times = times;
        this.queues = queues;
        this.people = people;
    }

    /** A row's label for one dimension, in the reader's language. */
    public String of(String dimension, String value, Locale locale) {
        if (CaseLine.NONE.equals(value)) {
            return messages.getMessage("reporting.none", null, locale);
        }
        return switch (dimension) {
            case "topic" -> topics.isKnown(value) ? topics.name(value, locale) : value;
            case "channel" -> messages.getMessage("cases.channel." + value, null, value, locale);
            case "office" -> messages.getMessage("office." + value, null, value, locale);
            case "outcome" -> messages.getMessage("cases.action.name." + value, null, value, locale);
            case "day" -> times.date(LocalDate.parse(value));
            case "age" -> messages.getMessage("reporting.age." + value, null, value, locale);
            case "department" -> value;
            case "department_id" ->
                byId(value).flatMap(people::department).map(d -> d.name(locale)).orElse(value);
            case "queue" ->
                byId(value).flatMap(queues::find).map(QueueSummary::name).orElse(value);
            default -> value;
        };
    }

    /** A label that names something by its id (a department, a queue): the id, if it is one. */
    private static java.util.Optional<Long> byId(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** A row's labels joined, for a chart's axis. */
    public String row(FigureTable table, FigureTable.Row row, Locale locale) {
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < table.dimensions().size(); i++) {
            if (i > 0) {
                label.append(" · ");
            }
            label.append(of(table.dimensions().get(i), row.labels().get(i), locale));
        }
        return label.toString();
    }

    /** A column's or dimension's heading. */
    public String heading(String column, Locale locale) {
        return messages.getMessage("reporting.column." + column, null, locale);
    }

    /** A table's title. */
    public String title(String tableId, Locale locale) {
        return messages.getMessage("reporting.table." + tableId, null, locale);
    }
}
