package dev.kantor.reporting.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.kantor.routing.PastHandoff;

/**
 * One handoff's share of its day's figures: counted on the day it started (in the business's zone), under
 * the topic and channel of its case and the department of whoever handed it over.
 *
 * @param channel       the channel of the handoff's case, or NONE when reporting does not know the case
 * @param departmentId  the department of whoever handed the customer over; 0 for none
 * @param accepted      1 when a colleague accepted the customer
 * @param acceptSeconds the seconds from start to acceptance; 0 when not accepted
 * @param queued        1 when the customer fell back to the team queue
 */
record HandoffLine(
        long handoffId,
        LocalDate day,
        Instant startedAt,
        String topic,
        String channel,
        long departmentId,
        int accepted,
        long acceptSeconds,
        int queued) {

    /** The dimensions of the handoff roll-up, in order. */
    static final java.util.List<String> DIMENSIONS = java.util.List.of("on_day", "topic", "channel", "department_id");

    static HandoffLine of(PastHandoff handoff, String channel, ZoneId zone) {
        Instant accepted = handoff.acceptedAt();
        return new HandoffLine(
                handoff.handoffId(),
                LocalDate.ofInstant(handoff.startedAt(), zone),
                handoff.startedAt(),
                handoff.topic(),
                channel,
                handoff.senderDepartmentId() == null ? 0 : handoff.senderDepartmentId(),
                accepted == null ? 0 : 1,
                accepted == null
                        ? 0
                        : Math.max(
                                0,
                                java.time.Duration.between(handoff.startedAt(), accepted)
                                        .toSeconds()),
                handoff.queuedAt() == null ? 0 : 1);
    }
}
