package dev.kantor.floor.callin;

import java.time.Instant;

/**
 * An offer to come in and work a short stretch of a queue.
 *
 * @param state    OFFERED until the person answers or it runs out: ACCEPTED, DECLINED or EXPIRED (an
 *                 offer whose places were all taken stays open but cannot be accepted)
 * @param needed   how many people the stretch needs; {@code taken} of them accepted
 */
public record CallInOffer(
        long id,
        long callInId,
        long queueId,
        String queueName,
        long employeeId,
        String state,
        Instant startsAt,
        Instant endsAt,
        Instant offeredAt,
        Instant expiresAt,
        Instant answeredAt,
        int needed,
        int taken,
        int version) {

    public boolean isOpen() {
        return "OFFERED".equals(state);
    }
}
