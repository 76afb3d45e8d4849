package dev.kantor.routing.handoffs;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** One person asked to take the customer; outcome is null while they have not answered. */
@Table("handoff_offer")
public record HandoffOffer(
        long employeeId,
        Instant offeredAt,
        Instant expiresAt,
        OfferOutcome outcome,
        Instant answeredAt,
        String reason) {

    HandoffOffer answered(OfferOutcome how, Instant at, String why) {
        return new HandoffOffer(employeeId, offeredAt, expiresAt, how, at, why);
    }
}
