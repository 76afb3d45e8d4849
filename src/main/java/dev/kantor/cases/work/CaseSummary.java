package dev.kantor.cases.work;

import java.time.Instant;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.sla.SlaState;

/** A case as queues and boards list it, with where it stands against its two service targets. */
public record CaseSummary(
        long id,
        String reference,
        String subject,
        String customerName,
        Channel channel,
        CaseType type,
        String topic,
        Priority priority,
        CaseStatus status,
        Long ownerId,
        String ownerName,
        Instant openedAt,
        SlaState firstResponse,
        Instant firstResponseDue,
        SlaState resolution,
        Instant resolutionDue,
        Instant helpRequestedAt,
        int version) {

    /** The worse of the two targets, for sorting and filtering. */
    public SlaState sla() {
        return firstResponse.compareTo(resolution) > 0 ? firstResponse : resolution;
    }

    /** When the next running service target is due: the earlier of the two; null when neither runs or both passed. */
    public Instant nextDue() {
        if (firstResponseDue == null) {
            return resolutionDue;
        }
        return resolutionDue == null || firstResponseDue.isBefore(resolutionDue) ? firstResponseDue : resolutionDue;
    }

    /** Which target {@link #nextDue()} is: the message key naming it, or null when neither runs. */
    public String nextTargetKey() {
        Instant next = nextDue();
        if (next == null) {
            return null;
        }
        return next.equals(firstResponseDue) ? "cases.first-response" : "cases.resolution";
    }

    public boolean breached() {
        return firstResponse == SlaState.BREACHED || resolution == SlaState.BREACHED;
    }

    public boolean nearBreach() {
        return !breached() && (firstResponse == SlaState.NEAR_BREACH || resolution == SlaState.NEAR_BREACH);
    }
}
