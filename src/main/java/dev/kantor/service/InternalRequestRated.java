package dev.kantor.service;

import java.time.Instant;

/**
 * The requester rated the internal service they got on a resolved request, once: how the front office
 * found the back office.
 *
 * @param departmentId the handling department rated
 * @param caseId       the customer case it served, or null
 * @param stars        1 to 5
 */
public record InternalRequestRated(
        long requestId, long serviceId, long departmentId, long requesterId, Long caseId, int stars, Instant at) {}
