package dev.kantor.cases.resolution;

import java.util.Optional;

import dev.kantor.cases.ResolutionType;

/**
 * Someone's delegated authority applied to one action: looked at, or claimed for good. The head of
 * the organisation, with nobody above to ask, is never limited.
 */
public final class Authority {

    private Authority() {}

    /** How the person's authority covers the action now, taking nothing from their day. */
    public static AuthorityCheck preview(long employeeId, ResolutionType type, long amount, Approvers.Line line) {
        if (line.managerOf(employeeId).isEmpty()) {
            return AuthorityCheck.WITHIN;
        }
        return line.limitOf(employeeId, type)
                .map(limit -> limit.check(amount, line.usedToday(employeeId, type)))
                .orElse(AuthorityCheck.NONE);
    }

    /**
     * How the person's authority covers the action; when it does, the amount is taken from their
     * day in the same step, so that two actions at once cannot both fit the day's last room.
     */
    public static AuthorityCheck claim(long employeeId, ResolutionType type, long amount, Approvers.Line line) {
        if (line.managerOf(employeeId).isEmpty()) {
            return AuthorityCheck.WITHIN;
        }
        Optional<AuthorityLimit> limit = line.limitOf(employeeId, type);
        if (limit.isEmpty()) {
            return AuthorityCheck.NONE;
        }
        if (amount > limit.get().maxPerAction()) {
            return AuthorityCheck.ABOVE_PER_ACTION;
        }
        return line.claimToday(employeeId, type, amount, limit.get().maxPerDay())
                ? AuthorityCheck.WITHIN
                : AuthorityCheck.ABOVE_PER_DAY;
    }
}
