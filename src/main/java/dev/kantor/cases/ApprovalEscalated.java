package dev.kantor.cases;

import java.time.Instant;

/**
 * A waiting approval moved up the management line because the person it waited on was absent or
 * silent, or an admin sent it to someone who may decide it.
 *
 * @param amount in rupiah
 * @param fromId whom it waited on
 * @param toId   whom it waits on now
 * @param reason why it moved: {@code OFF_DUTY}, {@code AWAY}, {@code ON_LEAVE}, {@code INACTIVE},
 *               {@code SILENT} or {@code SENT_BY_ADMIN}
 */
public record ApprovalEscalated(
        long actionId,
        long caseId,
        String reference,
        ResolutionType type,
        long amount,
        long proposedBy,
        long fromId,
        long toId,
        String reason,
        Instant at) {}
