package dev.kantor.assessment.candidates;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A job candidate HR invited to take the self-assessment by a private link. */
@Schema(name = "AssessmentCandidate")
public record Candidate(
        long id, String fullName, String email, Instant expiresAt, Instant usedAt, boolean shared, Instant createdAt) {

    /** Whether the link still opens the questionnaire: not used yet and not expired. */
    public boolean open(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
