package dev.kantor.cases.resolution;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import dev.kantor.cases.ResolutionType;

/**
 * Who approves an action above someone's authority: the nearest manager up the management line
 * whose own limit covers it. Nobody approves their own request; the head of the line, with
 * nobody above, decides whatever reaches them.
 */
final class Approvers {

    /** What the rule needs to know about one person in the management line. */
    public interface Line {

        /** The person's manager, if any. */
        Optional<Long> managerOf(long employeeId);

        /** The person's limit for a kind of action, if they have authority for it at all. */
        Optional<AuthorityLimit> limitOf(long employeeId, ResolutionType type);

        /** What the person already carried out or approved today with this kind of action. */
        long usedToday(long employeeId, ResolutionType type);

        /**
         * Adds {@code amount} to what the person used today if the day's total stays within
         * {@code maxPerDay}, as one indivisible step; changes nothing otherwise.
         *
         * @return whether the amount was added
         */
        boolean claimToday(long employeeId, ResolutionType type, long amount, long maxPerDay);
    }

    private static final int MAX_DEPTH = 100;

    private Approvers() {}

    /**
     * The approver for an action of {@code amount} proposed by {@code proposer}, starting the
     * search above {@code after} (the proposer at first, then whoever passed it on).
     */
    public static Optional<Long> above(long after, long proposer, ResolutionType type, long amount, Line line) {
        Set<Long> seen = new HashSet<>();
        Optional<Long> candidate = line.managerOf(after);
        while (candidate.isPresent() && seen.add(candidate.get()) && seen.size() <= MAX_DEPTH) {
            long manager = candidate.get();
            Optional<Long> next = line.managerOf(manager);
            boolean top = next.isEmpty();
            if (manager != proposer) {
                AuthorityLimit limit = top
                        ? AuthorityLimit.unlimited(type)
                        : line.limitOf(manager, type).orElse(null);
                if (limit != null && limit.check(amount, line.usedToday(manager, type)) == AuthorityCheck.WITHIN) {
                    return Optional.of(manager);
                }
            }
            candidate = next;
        }
        return Optional.empty();
    }

    /**
     * Whether {@code manager} is above {@code employee} in the management line: their manager, or
     * their manager's, and so on up. Nobody is above themselves.
     */
    public static boolean isAbove(long manager, long employee, Line line) {
        Set<Long> seen = new HashSet<>();
        Optional<Long> up = line.managerOf(employee);
        while (up.isPresent() && seen.add(up.get()) && seen.size() <= MAX_DEPTH) {
            if (up.get() == manager) {
                return true;
            }
            up = line.managerOf(up.get());
        }
        return false;
    }

    /**
     * Whether someone may decide on an action of {@code amount}: their limit covers it, or nobody is
     * above them. When they may, the amount is claimed from their day (see {@link Authority#claim}).
     */
    public static boolean claimApproval(long approver, long proposer, ResolutionType type, long amount, Line line) {
        return approver != proposer && Authority.claim(approver, type, amount, line) == AuthorityCheck.WITHIN;
    }
}
