package dev.kantor.service.requests;

import java.time.Instant;
import java.util.Map;

/**
 * An internal request as stored.
 *
 * @param caseId   the customer case it serves, or null
 * @param origin   the fact that filed it by itself (a resolution carried out on a case), or null
 * @param startedAt when its target clock started: at filing, or at approval when its service needs one
 * @param dueAt    when its target runs out, as the queue sorts; null while the clock stands still or stopped
 */
public record InternalRequest(
        long id,
        long serviceId,
        long departmentId,
        long requesterId,
        Long caseId,
        String origin,
        RequestStatus status,
        Long assigneeId,
        Instant filedAt,
        Instant startedAt,
        Instant dueAt,
        Instant resolvedAt,
        int targetMinutes,
        Boolean targetMet,
        String resolutionNote,
        Integer rating,
        String ratingComment,
        int version,
        Map<String, String> values) {

    public InternalRequest {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public boolean rated() {
        return rating != null;
    }
}
