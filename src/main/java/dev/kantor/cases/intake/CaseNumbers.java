package dev.kantor.cases.intake;

import java.time.Instant;

import dev.kantor.calendar.BusinessCalendars;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every case's reference, KTR-2026-000123: the year it was opened in the business's time zone and
 * a number from one sequence, so that two nodes never give out the same one.
 */
@Component
class CaseNumbers {

    private final JdbcClient jdbc;
    private final BusinessCalendars calendars;

    CaseNumbers(JdbcClient jdbc, BusinessCalendars calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    String next(Instant openedAt) {
        long number =
                jdbc.sql("select nextval('case_number')").query(Long.class).single();
        return "KTR-%d-%06d".formatted(openedAt.atZone(calendars.zone()).getYear(), number);
    }
}
