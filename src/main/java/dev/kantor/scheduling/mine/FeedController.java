package dev.kantor.scheduling.mine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The private calendar feeds: no sign-in (calendar programs have none), the token in the address is
 * the secret. A token nobody has is a plain 404, whatever it looks like. Shifts from four weeks back
 * to twelve weeks ahead, in the language the feed was made in.
 */
@RestController
class FeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
    private static final Duration BACK = Duration.ofDays(28);
    private static final Duration AHEAD = Duration.ofDays(84);

    private final CalendarFeeds feeds;
    private final PublishedShifts published;
    private final WorkQueues queues;
    private final BusinessCalendars calendars;
    private final MessageSource messages;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<dev.kantor.scheduling.CalendarEntries> entries;

    FeedController(
            CalendarFeeds feeds,
            PublishedShifts published,
            WorkQueues queues,
            BusinessCalendars calendars,
            MessageSource messages,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<dev.kantor.scheduling.CalendarEntries> entries) {
        this.entries = entries;
        this.feeds = feeds;
        this.published = published;
        this.queues = queues;
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/schedule/feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        CalendarFeeds.Feed feed = feeds.opened(token).orElse(null);
        if (feed == null) {
            return ResponseEntity.notFound().build();
        }
        Instant now = clock.instant();
        Map<Long, String> names = new HashMap<>();
        for (QueueSummary queue : queues.all()) {
            names.put(queue.id(), queue.name());
        }
        Locale language = feed.language();
        DateTimeFormatter time =
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language);
        FeedCalendar.Words words = new FeedCalendar.Words() {
            @Override
            public String calendarName() {
                return messages.getMessage("scheduling.feed.name", null, language);
            }

            @Override
            public String shift(PublishedShift shift) {
                return messages.getMessage(
                        "scheduling.feed.shift",
                        new Object[] {names.getOrDefault(shift.queueId(), ""), shift.shiftType()},
                        language);
            }

            @Override
            public String pause(PublishedShift shift, PublishedShift.PublishedBreak pause) {
                return messages.getMessage(
                        "scheduling.feed.break",
                        new Object[] {pause.name(), time.format(pause.startsAt().atZone(calendars.zone()))},
                        language);
            }
        };
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, calendars.zone());
        List<dev.kantor.scheduling.CalendarEntries.Entry> days = new java.util.ArrayList<>();
        entries.orderedStream()
                .forEach(source -> days.addAll(source.of(
                        feed.employeeId(), today.minusDays(BACK.toDays()), today.plusDays(AHEAD.toDays()), language)));
        String body = FeedCalendar.write(
                published.of(feed.employeeId(), now.minus(BACK), now.plus(AHEAD)), days, calendars.zone(), words, now);
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "inline; filename=\"schedule.ics\"")
                .body(body);
    }
}
