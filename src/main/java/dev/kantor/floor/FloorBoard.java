package dev.kantor.floor;

import java.time.Instant;
import java.util.Optional;

/**
 * The live board of the front office, for the floor's other features (the short-staffed detector
 * reads "present now" from it): every work queue for the rest of the business day, interval by
 * interval, and where each of its people is at a moment.
 *
 * <p>Someone has <em>arrived</em> on a business day once they signed in to Kantor or set their own
 * presence by hand that day; a presence the schedule gives is not arrival. Someone whose shift is
 * under way and who has not arrived is late. <em>Present</em> at a moment: expected on the queue
 * (the published shift as the day's changes leave it), arrived (or filling in) and available or busy
 * by their presence.
 */
public interface FloorBoard {

    /** Every work queue at {@code now}, by name. */
    FloorSnapshot snapshot(Instant now);

    /** One work queue at {@code now}; empty when there is no such queue. */
    Optional<FloorSnapshot.QueueBoard> queue(long queueId, Instant now);
}
