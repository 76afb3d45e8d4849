package dev.kantor.cases.canned;

import java.time.Instant;

/**
 * A reply written once, in both languages.
 *
 * @param departmentId the team it is kept for, or null when it is personal
 * @param ownerId      the employee it belongs to, or null when it is the team's
 */
public record CannedReply(
        Long id,
        String title,
        String textEn,
        String textId,
        Long departmentId,
        Long ownerId,
        Instant updatedAt,
        int version) {

    public boolean personal() {
        return ownerId != null;
    }

    /** The text in a customer's language: Indonesian for "id", English otherwise. */
    public String textIn(String language) {
        return "id".equals(language) || "in".equals(language) ? textId : textEn;
    }
}
