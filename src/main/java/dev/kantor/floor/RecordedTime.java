package dev.kantor.floor;

import java.time.Instant;
import java.util.List;

/**
 * What the floor recorded of people's time beside their published shifts, for modules that count hours worked
 * (reporting's "my figures" and HR's hours per department): the stretches people were marked absent (standing,
 * not undone), the stretches managers filled in on a queue (up to when they ended, early or as planned) and the
 * stretches people called in accepted. Call-ins and fill-ins are never published shifts: the schedule stays as
 * it was published, so they are time beyond it.
 */
public interface RecordedTime {

    /** Everyone's recorded stretches that overlap {@code [from, to)}, by employee and start: one read, for figures. */
    List<Stretch> between(Instant from, Instant to);

    /** One person's recorded stretches that overlap {@code [from, to)}, by start. */
    List<Stretch> ofEmployee(long employeeId, Instant from, Instant to);

    /** What a stretch records. */
    enum Kind {
        /** Marked absent from the floor. */
        ABSENT,
        /** A manager filling in on a queue. */
        FILL_IN,
        /** An accepted call-in: someone came in for a short stretch of a queue. */
        CALL_IN
    }

    /**
     * One recorded stretch of someone's time.
     *
     * @param until its end, excluded (for a fill-in ended early, when it ended)
     */
    record Stretch(long employeeId, Kind kind, Instant from, Instant until) {}
}
