package dev.kantor.service;

import java.time.Instant;
import java.util.Map;

/**
 * A request from the past, as a history import records it: filed, perhaps resolved and rated.
 *
 * @param resolvedAt null for one still open
 * @param rating     1 to 5, or null when not rated
 */
public record PastRequest(
        String serviceCode,
        long requesterId,
        Long assigneeId,
        Map<String, String> values,
        Instant filedAt,
        Instant resolvedAt,
        Integer rating,
        String ratingComment) {}
