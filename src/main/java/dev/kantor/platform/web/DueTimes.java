package dev.kantor.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A due time said the way a person counts it, in the reader's language: "due in 3 h" / "jatuh tempo 3 jam lagi",
 * "overdue by 2 h" / "terlambat 2 jam". Templates call it by name, {@code ${@dueTimes.relative(r.dueAt)}}, beside
 * the time itself ({@link Times}).
 */
@Component("dueTimes")
public class DueTimes {

    /** How far a due time is, rounded down to the unit a person would say: the message key and the number. */
    public record Phrase(String key, long amount) {}

    private final MessageSource messages;
    private final Clock clock;

    DueTimes(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** The due time from now, in the reader's language; empty for no due time. */
    public String relative(Instant due) {
        if (due == null) {
            return "";
        }
        Phrase phrase = phrase(Duration.between(clock.instant(), due));
        return messages.getMessage(
                phrase.key(), new Object[] {phrase.amount()}, phrase.key(), LocaleContextHolder.getLocale());
    }

    /** Whether the due time has passed. */
    public boolean overdue(Instant due) {
        return due != null && due.isBefore(clock.instant());
    }

    /**
     * The words for a time left (negative: overdue): minutes below an hour, hours below two days, days beyond;
     * always at least 1 of the unit, so a moment ago is "overdue by 1 min", never "by 0".
     */
    public static Phrase phrase(Duration left) {
        boolean overdue = left.isNegative();
        Duration d = left.abs();
        String prefix = overdue ? "time.overdue." : "time.due-in.";
        if (d.compareTo(Duration.ofHours(1)) < 0) {
            return new Phrase(prefix + "minutes", Math.max(1, d.toMinutes()));
        }
        if (d.compareTo(Duration.ofHours(48)) < 0) {
            return new Phrase(prefix + "hours", d.toHours());
        }
        return new Phrase(prefix + "days", d.toDays());
    }
}
