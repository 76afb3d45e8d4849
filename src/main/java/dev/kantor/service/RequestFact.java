package dev.kantor.service;

import java.time.Instant;

/**
 * An internal request as it stands, for modules that count requests from service's events and must be able to
 * count them all again (reporting's rebuild).
 *
 * @param caseId     the customer case it serves, or null
 * @param resolvedAt null while it is open
 * @param targetMet  whether it was resolved within its internal target; null while it is open
 * @param rating     the requester's 1 to 5 stars, or null when not rated
 * @param ratedAt    when it was rated, or null when not rated
 */
public record RequestFact(
        long requestId,
        long serviceId,
        long departmentId,
        long requesterId,
        Long caseId,
        Instant filedAt,
        Instant resolvedAt,
        Boolean targetMet,
        Integer rating,
        Instant ratedAt) {}
