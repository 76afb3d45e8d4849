package dev.kantor.arrangements.requests;

import java.util.List;
import java.util.Map;

import dev.kantor.arrangements.coverage.CoverageCheck;
import dev.kantor.platform.KantorException;

/**
 * Approval refused: the arrangement would leave intervals of a front-office queue short, and the manager gave no
 * reason to override. The API lists the intervals; the page shows them beside the override field.
 */
public class CoverageShortfall extends KantorException {

    private final transient CoverageCheck.Outcome outcome;

    CoverageShortfall(CoverageCheck.Outcome outcome) {
        super(
                Kind.INVALID,
                "arrangements.coverage.short",
                outcome.shortIntervals().size());
        this.outcome = outcome;
    }

    public CoverageCheck.Outcome outcome() {
        return outcome;
    }

    @Override
    public Map<String, Object> details() {
        List<Map<String, Object>> intervals = outcome.shortIntervals().stream()
                .map(s -> Map.<String, Object>of(
                        "queueId", s.queueId(),
                        "date", s.date().toString(),
                        "from", s.span().start().toString(),
                        "to", s.span().end().toString(),
                        "required", s.required(),
                        "now", s.now(),
                        "after", s.after()))
                .toList();
        return Map.of("field", "overrideReason", "shortIntervals", intervals);
    }
}
