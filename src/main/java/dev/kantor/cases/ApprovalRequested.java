package dev.kantor.cases;

import java.time.Instant;

/**
 * A resolution action above its proposer's authority now waits on an approver: proposed and sent
 * to them, or passed on to them by an approver whose own limit did not cover it. When the person
 * it was meant for is absent and it moves on at once, {@link ApprovalEscalated} tells of it instead,
 * naming both.
 *
 * @param amount     in rupiah
 * @param approverId whom it waits on now
 */
public record ApprovalRequested(
        long actionId,
        long caseId,
        String reference,
        ResolutionType type,
        long amount,
        long proposedBy,
        long approverId,
        Instant at) {}
