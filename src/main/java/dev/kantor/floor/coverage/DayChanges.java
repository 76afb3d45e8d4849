package dev.kantor.floor.coverage;

import java.time.Instant;
import java.util.List;

/**
 * A source of the day's changes to a queue's published plan. Each floor feature that changes who
 * is on the queue (breaks, absences, fill-ins, call-ins) implements it, and the coverage reads all
 * of them: the count knows no feature, and a new one adds itself without touching the count.
 */
public interface DayChanges {

    /** The changes of this source touching {@code queueId} within {@code [from, to)}. */
    List<DayChange> on(long queueId, Instant from, Instant to);
}
