package dev.kantor.reporting.frontoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.Channel;
import dev.kantor.platform.InputCheck;

import org.springframework.stereotype.Component;

/** The filter a dashboard request asks for, checked, and held to what the signed-in person may see. */
@Component
public class FigureFilters {

    private final Viewers viewers;
    private final BusinessCalendars calendars;
    private final Clock clock;

    FigureFilters(Viewers viewers, BusinessCalendars calendars, Clock clock) {
        this.viewers = viewers;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * The filter asked for, or the last 30 days; refused when the period is upside down or longer
     * than {@link FigureFilter#MOST_DAYS}. A back-office manager's is their own department.
     */
    public FigureFilter of(LocalDate from, LocalDate to, Long department, String topic, Channel channel) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendars.zone());
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusDays(29);
        new InputCheck()
                .that(!start.isAfter(end), "from", "reporting.validation.period")
                .that(ChronoUnit.DAYS.between(start, end) < FigureFilter.MOST_DAYS, "to", "reporting.validation.period")
                .throwIfAny();
        FigureFilter filter = new FigureFilter(
                start,
                end,
                department,
                topic == null || topic.isBlank() ? null : topic,
                channel == null ? null : channel.name());
        return viewers.ownDepartmentOnly().map(filter::inDepartment).orElse(filter);
    }
}
