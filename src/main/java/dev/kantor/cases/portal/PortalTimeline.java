package dev.kantor.cases.portal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.Channel;
import dev.kantor.cases.attachments.Attachment;
import dev.kantor.cases.resolution.Rupiah;
import dev.kantor.cases.timeline.EntryDetail;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.cases.timeline.TimelineEntry;
import dev.kantor.people.People;
import dev.kantor.platform.web.Times;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the public timeline of a case into what its customer reads: who wrote, who is helping,
 * what changed, in the customer's language and the business's time zone.
 */
@Component
class PortalTimeline {

    /**
     * One line on the case page.
     *
     * @param files the files that came with it
     */
    record Line(String at, String style, String title, String body, List<Attachment> files) {

        Line(String at, String style, String title, String body) {
            this(at, style, title, body, List.of());
        }

        Line withFiles(List<Attachment> files) {
            return new Line(at, style, title, body, files);
        }

        /** Messages are shown as speech; the rest as small events between them. */
        public boolean message() {
            return "customer".equals(style) || "staff".equals(style);
        }
    }

    /**
     * The kinds a customer may read. The portal service already returns only public entries;
     * this second list means that an entry made public by mistake (a note, an approval step)
     * still never reaches a customer's screen.
     */
    private static final Set<EntryKind> SHOWN = EnumSet.of(
            EntryKind.OPENED,
            EntryKind.CUSTOMER_MESSAGE,
            EntryKind.REPLY,
            EntryKind.STATUS,
            EntryKind.OWNER,
            EntryKind.ACTION_CARRIED_OUT,
            EntryKind.ACTION_APPROVED,
            EntryKind.RATED,
            EntryKind.BACK_OFFICE_DONE);

    private final People people;
    private final BusinessCalendars calendars;
    private final MessageSource messages;
    private final Times times;

    PortalTimeline(People people, BusinessCalendars calendars, MessageSource messages, Times times) {
        this.people = people;
        this.calendars = calendars;
        this.messages = messages;
        this.times = times;
    }

    List<Line> lines(List<TimelineEntry> entries, Locale locale) {
        return lines(entries, Map.of(), locale);
    }

    /** @param files the files of the public entries, by entry */
    List<Line> lines(List<TimelineEntry> entries, Map<Long, List<Attachment>> files, Locale locale) {
        Map<Long, String> names = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (TimelineEntry e : entries) {
            if (!e.visibleToCustomer() || !SHOWN.contains(e.kind())) {
                continue;
            }
            String at = times.dateTime(e.at(), locale);
            Line line =
                    switch (e.kind()) {
                        case OPENED -> new Line(at, "event", opened(e.channel(), locale), null);
                        case CUSTOMER_MESSAGE ->
                            new Line(at, "customer", text("portal.timeline.you-wrote", locale), e.body());
                        case REPLY ->
                            new Line(
                                    at,
                                    "staff",
                                    text("portal.timeline.replied", locale, name(e.authorId(), names, locale)),
                                    e.body());
                        case STATUS ->
                            new Line(
                                    at,
                                    "event",
                                    text("portal.timeline.status", locale, status(e.status(), locale)),
                                    null);
                        case OWNER ->
                            new Line(
                                    at,
                                    "event",
                                    text(
                                            "portal.timeline.helping",
                                            locale,
                                            name(e.employeeId().orElse(null), names, locale)),
                                    null);
                        case ACTION_CARRIED_OUT ->
                            new Line(at, "action", action(e.action(), "carried-out", locale), null);
                        case ACTION_APPROVED -> new Line(at, "action", action(e.action(), "approved", locale), null);
                        case RATED ->
                            new Line(at, "event", text("portal.timeline.rated", locale, starsOf(e)), e.body());
                        case BACK_OFFICE_DONE -> new Line(at, "action", backOfficeDone(e.detail(), locale), null);
                        default -> null;
                    };
            if (line != null) {
                lines.add(line.withFiles(files.getOrDefault(e.id(), List.of())));
            }
        }
        return lines;
    }

    /** What the back office did, in the customer's words: "Your refund has been paid out". */
    private String backOfficeDone(String outcome, Locale locale) {
        String fallback = text("portal.timeline.back-office.OTHER", locale);
        return messages.getMessage("portal.timeline.back-office." + outcome, null, fallback, locale);
    }

    /** The day a case was opened, as a customer would write it. */
    String date(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(calendars.zone())
                .format(at);
    }

    String status(Optional<CaseStatus> status, Locale locale) {
        return text(status.map(s -> "portal.status." + s.name()).orElse("portal.status.unknown"), locale);
    }

    private String opened(Optional<Channel> channel, Locale locale) {
        String fallback = text("portal.timeline.opened", locale);
        return channel.map(c -> messages.getMessage("portal.timeline.opened." + c.name(), null, fallback, locale))
                .orElse(fallback);
    }

    /** An action in words: "Refund of Rp 250.000 carried out". */
    private String action(Optional<EntryDetail.Action> action, String outcome, Locale locale) {
        String type =
                text(action.map(a -> "portal.resolution." + a.type().name()).orElse("portal.resolution.other"), locale);
        long amount = action.map(EntryDetail.Action::amount).orElse(0L);
        return amount <= 0
                ? text("portal.timeline.action." + outcome, locale, type)
                : text("portal.timeline.action-amount." + outcome, locale, type, Rupiah.format(amount));
    }

    private String name(Long employeeId, Map<Long, String> names, Locale locale) {
        if (employeeId == null) {
            return text("portal.timeline.someone", locale);
        }
        return names.computeIfAbsent(
                employeeId, id -> people.nameOf(id).orElseGet(() -> text("portal.timeline.someone", locale)));
    }

    private static String starsOf(TimelineEntry e) {
        return e.stars().isPresent() ? String.valueOf(e.stars().getAsInt()) : "?";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
