package dev.kantor.service;

import java.time.Instant;

/**
 * The handling department resolved an internal request.
 *
 * @param caseId      the customer case it served, or null
 * @param outcome     what the customer is told was done, such as {@code REFUND} ("your refund has been paid
 *                    out"), or {@code OTHER}
 * @param targetMet   whether it was resolved within its internal target
 */
public record InternalRequestResolved(
        long requestId,
        long serviceId,
        long departmentId,
        long requesterId,
        Long caseId,
        String outcome,
        boolean targetMet,
        long by,
        Instant at) {}
