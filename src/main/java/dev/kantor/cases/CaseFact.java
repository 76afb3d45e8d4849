package dev.kantor.cases;

import java.time.Instant;

/**
 * What reporting needs to know of one case, as it stands now: its dimensions, its service targets
 * measured on the business calendar, and how it ended.
 *
 * @param ownerId            who owns (or owned, once resolved) the case; null when nobody
 * @param firstResponse      the first-response target as it stands
 * @param resolution         the resolution target as it stands
 * @param firstContact       resolved without the customer having had to write again
 * @param rating             the customer's stars, 1 to 5; null when not rated
 * @param withinAuthority    resolution actions carried out within the proposer's authority
 * @param sentForApproval    resolution actions sent to an approver
 * @param outcome            the last action carried out or approved; null when none was
 */
public record CaseFact(
        long caseId,
        String reference,
        Channel channel,
        CaseType type,
        String topic,
        Priority priority,
        CaseStatus status,
        Long ownerId,
        Instant openedAt,
        Instant resolvedAt,
        TargetOutcome firstResponse,
        TargetOutcome resolution,
        boolean firstContact,
        Integer rating,
        int withinAuthority,
        int sentForApproval,
        ResolutionType outcome) {}
