package dev.kantor.scheduling;

import java.time.Instant;
import java.util.List;

import dev.kantor.scheduling.published.PublishedShiftReader;

import org.springframework.stereotype.Service;

/**
 * The shifts published schedules put people on, for the modules that follow the day as it goes
 * (the live floor): what is published is what is in force, whatever draft is being prepared.
 */
@Service
public class PublishedShifts {

    private final PublishedShiftReader reader;

    PublishedShifts(PublishedShiftReader reader) {
        this.reader = reader;
    }

    /** The published shifts on this queue that overlap {@code [from, to)}, by start. */
    public List<PublishedShift> onQueue(long queueId, Instant from, Instant to) {
        return reader.onQueue(queueId, from, to);
    }

    /** This person's published shifts, on any queue, that overlap {@code [from, to)}, by start. */
    public List<PublishedShift> ofEmployee(long employeeId, Instant from, Instant to) {
        return reader.ofEmployee(employeeId, from, to);
    }

    /** Everyone's published shifts that overlap {@code [from, to)}, by employee and start: one read, for figures. */
    public List<PublishedShift> ofEveryone(Instant from, Instant to) {
        return reader.ofEveryone(from, to);
    }
}
