package dev.kantor.cases;

/**
 * How far someone may go with one kind of resolution on their own: at most {@code maxPerAction}
 * rupiah per action and {@code maxPerDay} rupiah in all actions of a day.
 */
public record AuthorityLimit(ResolutionType type, long maxPerAction, long maxPerDay) {

    public AuthorityLimit {
        if (maxPerAction < 0 || maxPerDay < 0) {
            throw new IllegalArgumentException("limits are not negative");
        }
    }

    /** Unlimited authority, which the head of the organisation has for want of anyone to ask. */
    static AuthorityLimit unlimited(ResolutionType type) {
        return new AuthorityLimit(type, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * Whether an action of {@code amount} fits, given what this person already carried out or
     * approved today with this kind of action.
     */
    public AuthorityCheck check(long amount, long usedToday) {
        if (amount > maxPerAction) {
            return AuthorityCheck.ABOVE_PER_ACTION;
        }
        if (usedToday > maxPerDay - amount) {
            return AuthorityCheck.ABOVE_PER_DAY;
        }
        return AuthorityCheck.WITHIN;
    }
}
