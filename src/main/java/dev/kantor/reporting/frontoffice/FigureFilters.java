package dev.kantor.reporting.frontoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.Channel;
import dev.kantor.platform.InputCheck;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.stereotype.Component;

/** The filter a dashboard request asks for, checked, and held to what the signed-in person may see. */
@Component
public class FigureFilters {

    private final Viewers viewers;
    private final WorkQueues queues;
    private final BusinessCalendars calendars;
    private final Clock clock;

    FigureFilters(Viewers viewers, WorkQueues queues, BusinessCalendars calendars, Clock clock) {
        this.viewers = viewers;
        this.queues = queues;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The filter asked for without a work queue. */
    public FigureFilter of(LocalDate from, LocalDate to, Long department, String topic, Channel channel) {
        return of(from, to, department, topic, channel, null);
    }

    /**
     * The filter asked for, or the last 30 days; refused when the period is upside down or longer
     * than {@link FigureFilter#MOST_DAYS}, or for a work queue there is not. A back-office manager's is their
     * own department.
     */
    public FigureFilter of(LocalDate from, LocalDate to, Long department, String topic, Channel channel, Long queue) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendars.zone());
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusDays(29);
        Optional<QueueSummary> workQueue = queue == null ? Optional.empty() : queues.find(queue);
        new InputCheck()
                .that(!start.isAfter(end), "from", "reporting.validation.period")
                .that(ChronoUnit.DAYS.between(start, end) < FigureFilter.MOST_DAYS, "to", "reporting.validation.period")
                .that(queue == null || workQueue.isPresent(), "queue", "reporting.validation.queue")
                .throwIfAny();
        FigureFilter filter = new FigureFilter(
                start,
                end,
                department,
                topic == null || topic.isBlank() ? null : topic,
                channel == null ? null : channel.name());
        if (workQueue.isPresent()) {
            filter = filter.inQueue(
                    workQueue.get().id(), QueueChannels.of(workQueue.get().channel()));
        }
        return viewers.ownDepartmentOnly().map(filter::inDepartment).orElse(filter);
    }
}
