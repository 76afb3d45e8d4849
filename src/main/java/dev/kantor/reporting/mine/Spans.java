package dev.kantor.reporting.mine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Stretches of time as sets: merged, cut from each other and overlapped, so that time recorded twice (a fill-in
 * during one's own shift, two fill-ins at once, an absence marked twice) is counted once. Plain Java.
 */
final class Spans {

    /** From {@code from} until {@code until}, excluded. */
    record Span(Instant from, Instant until) {

        Duration length() {
            return Duration.between(from, until);
        }
    }

    private Spans() {}

    /** The same time as ordered, non-overlapping spans; empty spans left out. */
    static List<Span> union(Collection<Span> spans) {
        List<Span> sorted = spans.stream()
                .filter(s -> s.until().isAfter(s.from()))
                .sorted(Comparator.comparing(Span::from))
                .toList();
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !s.from().isAfter(last.until())) {
                if (s.until().isAfter(last.until())) {
                    merged.set(merged.size() - 1, new Span(last.from(), s.until()));
                }
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** The time of {@code spans} outside every span of {@code cut}. */
    static List<Span> minus(Collection<Span> spans, Collection<Span> cut) {
        List<Span> cuts = union(cut);
        List<Span> left = new ArrayList<>();
        for (Span span : union(spans)) {
            Instant start = span.from();
            for (Span c : cuts) {
                if (!c.until().isAfter(start) || !c.from().isBefore(span.until())) {
                    continue;
                }
                if (c.from().isAfter(start)) {
                    left.add(new Span(start, c.from()));
                }
                start = c.until().isAfter(start) ? c.until() : start;
            }
            if (span.until().isAfter(start)) {
                left.add(new Span(start, span.until()));
            }
        }
        return left;
    }

    /** The time that lies in both. */
    static List<Span> overlap(Collection<Span> a, Collection<Span> b) {
        return minus(a, minus(a, b));
    }

    /** How long they last together. */
    static Duration length(Collection<Span> spans) {
        return spans.stream().map(Span::length).reduce(Duration.ZERO, Duration::plus);
    }
}
