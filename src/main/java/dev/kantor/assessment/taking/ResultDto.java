package dev.kantor.assessment.taking;

import java.time.Instant;
import java.util.List;

import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.Leaning;
import dev.kantor.assessment.instrument.Result;

/**
 * A result as the API gives it: per dimension the score (0 to 100), the mean keyed answer (1 to 5)
 * and where it points; overall how far towards the front office (0 to 100) and where.
 */
public record ResultDto(
        long id,
        Long employeeId,
        Instant takenAt,
        String language,
        int frontIndex,
        Leaning overall,
        List<Score> scores) {

    /** One dimension's score. */
    public record Score(Dimension dimension, int score, double mean, Leaning pointsTo) {}

    public static ResultDto of(StoredResponse response) {
        Result result = response.result();
        return new ResultDto(
                response.id(),
                response.employeeId(),
                response.takenAt(),
                response.language(),
                result.frontIndex(),
                result.overall(),
                result.scores().stream()
                        .map(s -> new Score(s.dimension(), s.score(), s.mean(), s.pointsTo()))
                        .toList());
    }
}
