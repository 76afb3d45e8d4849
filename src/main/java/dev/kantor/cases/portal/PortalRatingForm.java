package dev.kantor.cases.portal;

/**
 * A customer's rating of the service once their case is resolved.
 *
 * @param stars 1 to 5 as sent by the radio buttons; text, so that a tampered value is
 *              reported next to the stars instead of failing the request
 */
public record PortalRatingForm(String stars, String comment) {

    static final int MAX_COMMENT = 2000;

    static PortalRatingForm empty() {
        return new PortalRatingForm(null, null);
    }

    /** The stars as a number, or null when none or no number was chosen. */
    Integer starCount() {
        if (stars == null || !stars.strip().matches("[0-9]{1,2}")) {
            return null;
        }
        return Integer.valueOf(stars.strip());
    }
}
