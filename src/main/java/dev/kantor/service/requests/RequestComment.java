package dev.kantor.service.requests;

import java.time.Instant;

/**
 * One line of a request's history: a comment, a question to the requester, an answer, or a step (filed,
 * approved, assigned, resolved, rated).
 *
 * @param authorId null for Kantor itself
 */
public record RequestComment(long id, long requestId, Long authorId, Instant at, Kind kind, String body) {

    /** What the line records. */
    public enum Kind {
        FILED,
        APPROVED,
        ASSIGNED,
        COMMENT,
        ASKED,
        ANSWERED,
        RESOLVED,
        RATED
    }
}
