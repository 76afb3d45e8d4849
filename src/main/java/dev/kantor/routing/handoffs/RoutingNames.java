package dev.kantor.routing.handoffs;

import java.time.Instant;

import dev.kantor.people.People;
import dev.kantor.platform.web.Times;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names and times for every routing page, by name from the templates: {@code ${@routingNames.person(id)}}. */
@Component("routingNames")
class RoutingNames {

    private final People people;
    private final dev.kantor.people.Whereabouts whereabouts;
    private final TopicCatalogue topics;
    private final Times times;
    private final java.time.Clock clock;

    RoutingNames(
            People people,
            dev.kantor.people.Whereabouts whereabouts,
            TopicCatalogue topics,
            Times times,
            java.time.Clock clock) {
        this.whereabouts = whereabouts;
        this.clock = clock;
        this.people = people;
        this.topics = topics;
        this.times = times;
    }

    public String person(Long employeeId) {
        return employeeId == null ? "" : people.nameOf(employeeId).orElse("#" + employeeId);
    }

    /** Where a helper said they are (desk, floor, extension, remote), so a walk-in can be walked over; null if unsaid. */
    public dev.kantor.people.Whereabouts.Place whereabouts(Long employeeId) {
        return employeeId == null ? null : whereabouts.of(employeeId).orElse(null);
    }

    /** Whether a helper works from home today by an approved work arrangement: a walk-in cannot be walked over. */
    public boolean remote(Long employeeId) {
        return employeeId != null && whereabouts.remoteToday(employeeId);
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

    /** A time of day in the business's zone on the 24-hour clock, as every page writes it. */
    public String time(Instant at) {
        return times.time(at);
    }

    /** A date and time in the business's zone on the 24-hour clock, as every page writes it. */
    public String dateTime(Instant at) {
        return times.dateTime(at);
    }

    /** Seconds from now until then, for a countdown; never negative. */
    public long secondsUntil(Instant at) {
        return at == null
                ? 0
                : Math.max(0, java.time.Duration.between(clock.instant(), at).toSeconds());
    }
}
