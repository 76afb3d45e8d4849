package dev.kantor.service;

import java.time.Instant;

/**
 * An internal request was filed with a department.
 *
 * @param caseId the customer case it serves, or null
 */
public record InternalRequestFiled(
        long requestId, long serviceId, long departmentId, long requesterId, Long caseId, Instant at) {}
