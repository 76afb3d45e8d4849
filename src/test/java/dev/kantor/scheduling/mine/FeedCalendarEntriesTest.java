package dev.kantor.scheduling.mine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dev.kantor.scheduling.CalendarEntries;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole-day entries other modules add to the calendar feed (approved telework days) are whole-day events. */
class FeedCalendarEntriesTest {

    static final FeedCalendar.Words WORDS = new FeedCalendar.Words() {
        @Override
        public String calendarName() {
            return "My schedule";
        }

        @Override
        public String shift(PublishedShift shift) {
            return "Shift";
        }

        @Override
        public String pause(PublishedShift shift, PublishedShift.PublishedBreak pause) {
            return "Break";
        }
    };

    @Test
    void aTeleworkDayIsAWholeDayEventWithAStableIdentifier() {
        String feed = FeedCalendar.write(
                List.of(),
                List.of(new CalendarEntries.Entry(
                        "arrangement-7-2026-12-01", LocalDate.of(2026, 12, 1), "Working from home (telework)")),
                ZoneId.of("Asia/Jakarta"),
                WORDS,
                Instant.parse("2026-11-29T03:00:00Z"));

        assertThat(feed)
                .contains("DTSTART;VALUE=DATE:20261201")
                .contains("DTEND;VALUE=DATE:20261202")
                .contains("SUMMARY:Working from home (telework)")
                .contains("UID:arrangement-7-2026-12-01@kantor");
    }
}
