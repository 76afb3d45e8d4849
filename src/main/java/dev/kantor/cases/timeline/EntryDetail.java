package dev.kantor.cases.timeline;

import java.util.Optional;
import java.util.OptionalInt;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.ResolutionType;

/**
 * The one place that writes and reads a timeline entry's detail: the channel a case came
 * through (or a reply went by: EMAIL, or WEB when only the private link shows it), a status, a priority, an employee, an action ("REFUND 250000", then the approver when one is
 * asked) or the stars of a rating. Pages ask {@link TimelineEntry} for the typed value; an entry
 * whose detail cannot be read answers empty, so that an old or damaged row never breaks a page.
 */
public final class EntryDetail {

    /** A resolution action as the timeline records it; the approver only while one is being asked. */
    public record Action(ResolutionType type, long amount, Long approverId) {}

    /**
     * Where a waiting approval moved from, and why ({@code ACTION_ESCALATED}); where it moved to is
     * the {@link Action}'s approver.
     *
     * @param reason {@code OFF_DUTY}, {@code AWAY}, {@code ON_LEAVE}, {@code INACTIVE}, {@code SILENT},
     *               {@code TAKEN_OVER} or {@code SENT_BY_ADMIN}
     */
    public record Move(long fromId, String reason) {}

    private EntryDetail() {}

    public static String of(Channel channel) {
        return channel.name();
    }

    public static String of(CaseStatus status) {
        return status.name();
    }

    public static String of(Priority priority) {
        return priority.name();
    }

    public static String employee(long employeeId) {
        return Long.toString(employeeId);
    }

    public static String action(ResolutionType type, long amount) {
        return type.name() + " " + amount;
    }

    public static String askingApprover(ResolutionType type, long amount, long approverId) {
        return action(type, amount) + " " + approverId;
    }

    /** An approval that moved from one approver to another, and why. */
    public static String moved(ResolutionType type, long amount, long to, long from, String reason) {
        return askingApprover(type, amount, to) + " " + from + " " + reason;
    }

    public static String stars(int stars) {
        return Integer.toString(stars);
    }

    static <E extends Enum<E>> Optional<E> named(Class<E> type, String detail) {
        if (detail == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, detail.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<Long> number(String detail) {
        if (detail == null || !detail.strip().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.valueOf(detail.strip()));
    }

    static Optional<Action> action(String detail) {
        String[] parts = detail == null ? new String[0] : detail.strip().split("\\s+");
        if (parts.length < 2) {
            return Optional.empty();
        }
        Optional<ResolutionType> type = named(ResolutionType.class, parts[0]);
        Optional<Long> amount = number(parts[1]);
        if (type.isEmpty() || amount.isEmpty()) {
            return Optional.empty();
        }
        Long approver = parts.length > 2 ? number(parts[2]).orElse(null) : null;
        return Optional.of(new Action(type.get(), amount.get(), approver));
    }

    static Optional<Move> move(String detail) {
        String[] parts = detail == null ? new String[0] : detail.strip().split("\\s+");
        if (parts.length < 5 || !parts[4].matches("[A-Z_]{1,30}")) {
            return Optional.empty();
        }
        return number(parts[3]).map(from -> new Move(from, parts[4]));
    }

    static OptionalInt stars(String detail) {
        return number(detail)
                .filter(n -> n >= 1 && n <= 5)
                .map(n -> OptionalInt.of(n.intValue()))
                .orElse(OptionalInt.empty());
    }
}
