package dev.kantor.routing;

import java.time.Instant;

import dev.kantor.people.Office;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Someone qualified for a topic, with what the ranking weighs.
 *
 * @param skillScore      the sum of their levels in the topic's skills
 * @param openCases       open cases they own
 * @param pendingOffers   handoffs offered to them and not yet answered
 * @param remote          working remotely today (as they said, or by an approved work arrangement): reachable by
 *                        phone, chat and e-mail, but nobody walks a customer over to them
 * @param workingFromHome working from home today by an approved work arrangement
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
        int pendingOffers,
        @Schema(
                        description = "Working remotely today (as they said, or by an approved work arrangement): "
                                + "reachable by phone, chat and e-mail, not in person")
                boolean remote,
        @Schema(description = "Working from home today by an approved work arrangement") boolean workingFromHome) {

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

    /** The same person with their load read. */
    public Candidate withLoad(int openCases, int pendingOffers) {
        return new Candidate(
                id,
                name,
                office,
                departmentId,
                skillScore,
                speaksLanguage,
                presence,
                expectedBack,
                openCases,
                pendingOffers,
                remote,
                workingFromHome);
    }

    /** The same person with where they work today. */
    public Candidate withRemote(boolean remote, boolean workingFromHome) {
        return new Candidate(
                id,
                name,
                office,
                departmentId,
                skillScore,
                speaksLanguage,
                presence,
                expectedBack,
                openCases,
                pendingOffers,
                remote || workingFromHome,
                workingFromHome);
    }
}
