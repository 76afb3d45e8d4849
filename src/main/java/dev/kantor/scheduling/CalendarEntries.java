package dev.kantor.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What else a person's calendar feed ("My schedule") carries besides their published shifts: implemented by a
 * module that knows of days worth a place in it (approved telework days, flextime). Until one does, the feed
 * carries shifts only.
 */
public interface CalendarEntries {

    /**
     * A whole-day entry of a person's calendar.
     *
     * @param uid     stays the same while the entry does, unique across Kantor
     * @param summary the entry's title in the feed's language
     */
    record Entry(String uid, LocalDate day, String summary) {}

    /** The person's entries on the days from {@code from} to {@code until}, both included, in the language given. */
    List<Entry> of(long employeeId, LocalDate from, LocalDate until, Locale language);
}
