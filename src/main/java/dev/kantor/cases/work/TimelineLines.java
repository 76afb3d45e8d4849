package dev.kantor.cases.work;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import dev.kantor.cases.Channel;
import dev.kantor.cases.resolution.Rupiah;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.cases.timeline.TimelineEntry;

import org.springframework.context.MessageSource;

/** Turns a case's timeline into sentences in the reader's language. */
final class TimelineLines {

    /**
     * One line of the timeline as a page shows it.
     *
     * @param delivery how a reply reached the customer (by e-mail, or not e-mailed), when known
     */
    record Line(
            long id,
            Instant at,
            EntryKind kind,
            String who,
            String text,
            String body,
            boolean internal,
            String delivery) {}

    private TimelineLines() {}

    static List<Line> of(
            List<TimelineEntry> entries, MessageSource messages, Locale locale, LongFunction<String> names) {
        return entries.stream().map(e -> line(e, messages, locale, names)).toList();
    }

    private static Line line(TimelineEntry e, MessageSource messages, Locale locale, LongFunction<String> names) {
        String who = e.byCustomer()
                ? messages.getMessage("cases.entry.customer", null, locale)
                : e.authorId() == null
                        ? messages.getMessage("cases.entry.kantor", null, locale)
                        : names.apply(e.authorId());
        Object[] args =
                switch (e.kind()) {
                    case STATUS ->
                        new Object[] {
                            e.status()
                                    .map(s -> messages.getMessage("cases.status." + s, null, locale))
                                    .orElse("?")
                        };
                    case PRIORITY ->
                        new Object[] {
                            e.priority()
                                    .map(p -> messages.getMessage("cases.priority." + p, null, locale))
                                    .orElse("?")
                        };
                    case OWNER, HANDOFF_OFFERED, HANDOFF_DECLINED, HANDOFF_EXPIRED, HELP_GIVEN ->
                        new Object[] {e.employeeId().map(names::apply).orElse("?")};
                    case OPENED ->
                        new Object[] {
                            e.channel()
                                    .map(c -> messages.getMessage("cases.channel." + c, null, locale))
                                    .orElse("?")
                        };
                    case ACTION_CARRIED_OUT,
                            ACTION_APPROVED,
                            ACTION_REJECTED,
                            ACTION_PENDING,
                            ACTION_PASSED_ON,
                            ACTION_ESCALATED ->
                        e.action()
                                .map(a -> new Object[] {
                                    messages.getMessage("cases.action." + a.type(), null, locale),
                                    Rupiah.format(a.amount()),
                                    a.approverId() == null ? "" : names.apply(a.approverId()),
                                    e.move().map(m -> names.apply(m.fromId())).orElse("?")
                                })
                                .orElse(new Object[] {"?", "?", "", "?"});
                    case RATED ->
                        new Object[] {e.stars().isPresent() ? e.stars().getAsInt() : "?"};
                    case BACK_OFFICE_DONE ->
                        new Object[] {
                            messages.getMessage(
                                    "cases.entry.back-office." + e.detail(),
                                    null,
                                    messages.getMessage("cases.entry.back-office.OTHER", null, locale),
                                    locale)
                        };
                    default -> new Object[0];
                };
        String delivery = e.kind() != EntryKind.REPLY
                ? null
                : e.channel()
                        .map(c -> messages.getMessage(
                                c == Channel.EMAIL ? "cases.entry.reply.emailed" : "cases.entry.reply.not-emailed",
                                null,
                                locale))
                        .orElse(null);
        // a moved approval says why it moved: each reason is its own sentence
        String key = e.kind() == EntryKind.ACTION_ESCALATED && e.move().isPresent()
                ? "cases.entry.ACTION_ESCALATED." + e.move().get().reason()
                : "cases.entry." + e.kind();
        return new Line(
                e.id(),
                e.at(),
                e.kind(),
                who,
                messages.getMessage(key, args, messages.getMessage("cases.entry." + e.kind(), args, locale), locale),
                e.body(),
                !e.visibleToCustomer(),
                delivery);
    }
}
