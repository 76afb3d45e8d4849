package dev.kantor.floor.coverage;

import java.time.Instant;

/** A stretch of time from {@code start} (included) to {@code end} (excluded). */
public record Span(Instant start, Instant end) {

    public Span {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("a span ends at or after its start: " + start + " to " + end);
        }
    }

    public boolean isEmpty() {
        return !end.isAfter(start);
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    /** Whether the whole of {@code other} lies within this span. */
    public boolean covers(Span other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public boolean overlaps(Span other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public long minutes() {
        return java.time.Duration.between(start, end).toMinutes();
    }
}
