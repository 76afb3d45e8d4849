package dev.kantor.cases.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.EntryKind;
import dev.kantor.cases.ResolutionType;
import dev.kantor.cases.TimelineEntry;
import dev.kantor.people.Employee;
import dev.kantor.people.People;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the public timeline of a case into what its customer reads: who wrote, who is helping,
 * what changed, in the customer's language and the business's time zone.
 */
@Component
class PortalTimeline {

    /** One line on the case page. */
    record Line(String at, String style, String title, String body) {

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
    private static final Set<EntryKind> SHOWN = EnumSet.of(EntryKind.OPENED, EntryKind.CUSTOMER_MESSAGE,
            EntryKind.REPLY, EntryKind.STATUS, EntryKind.OWNER, EntryKind.ACTION_CARRIED_OUT,
            EntryKind.ACTION_APPROVED, EntryKind.RATED);

    private final People people;
    private final BusinessCalendars calendars;
    private final MessageSource messages;

    PortalTimeline(People people, BusinessCalendars calendars, MessageSource messages) {
        this.people = people;
        this.calendars = calendars;
        this.messages = messages;
    }

    List<Line> lines(List<TimelineEntry> entries, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(calendars.zone());
        Map<Long, String> names = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (TimelineEntry e : entries) {
            if (!e.visibleToCustomer() || !SHOWN.contains(e.kind())) {
                continue;
            }
            String at = time.format(e.at());
            Line line = switch (e.kind()) {
                case OPENED -> new Line(at, "event", opened(e.detail(), locale), null);
                case CUSTOMER_MESSAGE -> new Line(at, "customer", text("portal.timeline.you-wrote", locale), e.body());
                case REPLY -> new Line(at, "staff",
                        text("portal.timeline.replied", locale, name(e.authorId(), names, locale)), e.body());
                case STATUS -> new Line(at, "event",
                        text("portal.timeline.status", locale, status(e.detail(), locale)), null);
                case OWNER -> new Line(at, "event",
                        text("portal.timeline.helping", locale, name(parseId(e.detail()), names, locale)), null);
                case ACTION_CARRIED_OUT -> new Line(at, "action", action(e.detail(), "carried-out", locale), null);
                case ACTION_APPROVED -> new Line(at, "action", action(e.detail(), "approved", locale), null);
                case RATED -> new Line(at, "event", text("portal.timeline.rated", locale, stars(e.detail())),
                        e.body());
                default -> null;
            };
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The day a case was opened, as a customer would write it. */
    String date(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(calendars.zone())
                .format(at);
    }

    String status(String name, Locale locale) {
        try {
            return text("portal.status." + CaseStatus.valueOf(name).name(), locale);
        } catch (IllegalArgumentException | NullPointerException e) {
            return text("portal.status.unknown", locale);
        }
    }

    private String opened(String channel, Locale locale) {
        String key = "portal.timeline.opened." + channel;
        return messages.getMessage(key, null, text("portal.timeline.opened", locale), locale);
    }

    /** "REFUND 250000" in words: "Refund of Rp 250.000 carried out". */
    private String action(String detail, String outcome, Locale locale) {
        String[] parts = detail == null ? new String[0] : detail.strip().split("\\s+");
        String type;
        try {
            type = text("portal.resolution." + ResolutionType.valueOf(parts[0]).name(), locale);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            type = text("portal.resolution.other", locale);
        }
        Long amount = parts.length > 1 ? parseId(parts[1]) : null;
        return amount == null || amount <= 0
                ? text("portal.timeline.action." + outcome, locale, type)
                : text("portal.timeline.action-amount." + outcome, locale, type, Rupiah.format(amount));
    }

    private String name(Long employeeId, Map<Long, String> names, Locale locale) {
        if (employeeId == null) {
            return text("portal.timeline.someone", locale);
        }
        return names.computeIfAbsent(employeeId, id -> people.employee(id).map(Employee::getFullName)
                .orElseGet(() -> text("portal.timeline.someone", locale)));
    }

    private static String stars(String detail) {
        Long stars = parseId(detail);
        return stars == null ? "?" : String.valueOf(stars);
    }

    private static Long parseId(String value) {
        if (value == null || !value.strip().matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(value.strip());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
