package dev.kantor.routing;

import java.time.Instant;

import dev.kantor.people.Office;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Someone qualified for a topic, with what the ranking weighs.
 *
 * @param skillScore     the sum of their levels in the topic's skills
 * @param openCases      open cases they own
 * @param pendingOffers  handoffs offered to them and not yet answered
 */
@Schema(name = "HandoffCandidate")
public record Candidate(
        long id,
        String name,
        Office office,
        long departmentId,
        int skillScore,
        boolean speaksLanguage,
        PresenceStatus presence,
        Instant expectedBack,
        int openCases,
        int pendingOffers) {

    public boolean available() {
        return presence == PresenceStatus.AVAILABLE;
    }

    /** Work already on their desk: cases they own and handoffs waiting for their answer. */
    public int load() {
        return openCases + pendingOffers;
    }

    public boolean frontOffice() {
        return office == Office.FRONT;
    }
}
