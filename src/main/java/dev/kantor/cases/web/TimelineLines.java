package dev.kantor.cases.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import dev.kantor.cases.EntryKind;
import dev.kantor.cases.TimelineEntry;

import org.springframework.context.MessageSource;

/** Turns a case's timeline into sentences in the reader's language. */
final class TimelineLines {

    /** One line of the timeline as a page shows it. */
    record Line(Instant at, EntryKind kind, String who, String text, String body, boolean internal) {
    }

    private TimelineLines() {
    }

    static List<Line> of(List<TimelineEntry> entries, MessageSource messages, Locale locale, LongFunction<String> names) {
        return entries.stream().map(e -> line(e, messages, locale, names)).toList();
    }

    private static Line line(TimelineEntry e, MessageSource messages, Locale locale, LongFunction<String> names) {
        String who = e.byCustomer() ? messages.getMessage("cases.entry.customer", null, locale)
                : e.authorId() == null ? messages.getMessage("cases.entry.kantor", null, locale) : names.apply(e.authorId());
        String[] detail = e.detail() == null ? new String[0] : e.detail().split(" ");
        Object[] args = switch (e.kind()) {
            case STATUS -> new Object[] {messages.getMessage("cases.status." + e.detail(), null, locale)};
            case OWNER, HANDOFF_OFFERED, HANDOFF_DECLINED, HANDOFF_EXPIRED ->
                    new Object[] {names.apply(Long.parseLong(e.detail()))};
            case OPENED -> new Object[] {messages.getMessage("cases.channel." + e.detail(), null, locale)};
            case ACTION_CARRIED_OUT, ACTION_APPROVED, ACTION_REJECTED -> action(detail, messages, locale);
            case ACTION_PENDING, ACTION_PASSED_ON -> {
                Object[] action = action(detail, messages, locale);
                yield new Object[] {action[0], action[1], detail.length > 2 ? names.apply(Long.parseLong(detail[2])) : ""};
            }
            case RATED -> new Object[] {e.detail()};
            default -> new Object[0];
        };
        return new Line(e.at(), e.kind(), who, messages.getMessage("cases.entry." + e.kind(), args, locale), e.body(),
                !e.visibleToCustomer());
    }

    private static Object[] action(String[] detail, MessageSource messages, Locale locale) {
        return new Object[] {messages.getMessage("cases.action." + detail[0], null, locale),
                Rupiah.format(Long.parseLong(detail[1]))};
    }
}
