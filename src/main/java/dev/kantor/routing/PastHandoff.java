package dev.kantor.routing;

import java.time.Instant;

/**
 * A handoff as it stands, for modules that count handoffs again from their history (reporting's rebuild).
 *
 * @param senderDepartmentId the department of whoever handed the customer over, when they started; null if none
 * @param acceptedAt         when a colleague accepted the customer; null if nobody did (yet)
 * @param queuedAt           when the customer fell back to the topic's team queue; null if they did not
 */
public record PastHandoff(
        long handoffId,
        long caseId,
        String topic,
        long senderId,
        Long senderDepartmentId,
        Instant startedAt,
        Instant acceptedAt,
        Instant queuedAt) {}
