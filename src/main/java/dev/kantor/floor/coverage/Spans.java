package dev.kantor.floor.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sets of time as sorted, disjoint, non-touching spans: union and difference. */
final class Spans {

    private Spans() {}

    /** The spans joined where they overlap or touch, in order. */
    static List<Span> union(List<Span> spans) {
        List<Span> sorted = spans.stream()
                .filter(span -> !span.isEmpty())
                .sorted(Comparator.comparing(Span::start))
                .toList();
        List<Span> joined = new ArrayList<>();
        for (Span span : sorted) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && !span.start().isAfter(last.end())) {
                joined.set(joined.size() - 1, new Span(last.start(), max(last.end(), span)));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    /** What of {@code spans} lies outside {@code cut}. */
    static List<Span> minus(List<Span> spans, Span cut) {
        List<Span> left = new ArrayList<>();
        for (Span span : spans) {
            if (!span.overlaps(cut)) {
                left.add(span);
                continue;
            }
            if (span.start().isBefore(cut.start())) {
                left.add(new Span(span.start(), cut.start()));
            }
            if (span.end().isAfter(cut.end())) {
                left.add(new Span(cut.end(), span.end()));
            }
        }
        return left;
    }

    /** Whether one of the (joined) spans holds the whole of {@code interval}. */
    static boolean cover(List<Span> spans, Span interval) {
        return spans.stream().anyMatch(span -> span.covers(interval));
    }

    private static java.time.Instant max(java.time.Instant end, Span span) {
        return span.end().isAfter(end) ? span.end() : end;
    }
}
