package dev.kantor.routing.handoffs;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.People;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names and times for every routing page, by name from the templates: {@code ${@routingNames.person(id)}}. */
@Component("routingNames")
class RoutingNames {

    private final People people;
    private final TopicCatalogue topics;
    private final BusinessCalendars calendars;
    private final java.time.Clock clock;

    RoutingNames(People people, TopicCatalogue topics, BusinessCalendars calendars, java.time.Clock clock) {
        this.clock = clock;
        this.people = people;
        this.topics = topics;
        this.calendars = calendars;
    }

    public String person(Long employeeId) {
        return employeeId == null ? "" : people.nameOf(employeeId).orElse("#" + employeeId);
    }

    public String department(Long departmentId) {
        return departmentId == null
                ? ""
                : people.department(departmentId)
                        .map(d -> d.name(LocaleContextHolder.getLocale()))
                        .orElse("");
    }

    /** A department as the handoff figures group by it: its id as text, empty when unknown. */
    public String departmentKey(String key) {
        return key == null || key.isBlank() ? "" : department(Long.valueOf(key));
    }

    public String topic(String code) {
        return topics.name(code, LocaleContextHolder.getLocale());
    }

    public String time(Instant at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(LocaleContextHolder.getLocale())
                        .withZone(calendars.zone())
                        .format(at);
    }

    public String dateTime(Instant at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(LocaleContextHolder.getLocale())
                        .withZone(calendars.zone())
                        .format(at);
    }

    /** Seconds from now until then, for a countdown; never negative. */
    public long secondsUntil(Instant at) {
        return at == null
                ? 0
                : Math.max(0, java.time.Duration.between(clock.instant(), at).toSeconds());
    }
}
