package dev.kantor.scheduling.mine;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * One person's published shifts as an iCalendar document: each shift and each of its breaks an event
 * of its own, in the business's time zone (described by a VTIMEZONE), with identifiers that stay the
 * same from one publication to the next while the shift does.
 */
final class FeedCalendar {

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private FeedCalendar() {}

    /** The words a feed's events are written with, in its owner's language. */
    interface Words {
        String calendarName();

        String shift(PublishedShift shift);

        String pause(PublishedShift shift, PublishedShift.PublishedBreak pause);
    }

    static String write(List<PublishedShift> shifts, ZoneId zone, Words words, Instant stamp) {
        return write(shifts, List.of(), zone, words, stamp);
    }

    /** The shifts and the whole-day entries other modules add (approved telework days, say). */
    static String write(
            List<PublishedShift> shifts,
            List<dev.kantor.scheduling.CalendarEntries.Entry> days,
            ZoneId zone,
            Words words,
            Instant stamp) {
        TimeZone tz = ZONES.getTimeZone(zone.getId());
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Kantor//Schedule//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new Name(words.calendarName()));
        if (tz != null) {
            calendar.add(tz.getVTimeZone());
        }
        Function<Instant, java.time.ZonedDateTime> local = at -> at.atZone(zone);
        for (PublishedShift shift : shifts) {
            VEvent event = new VEvent(local.apply(shift.startsAt()), local.apply(shift.endsAt()), words.shift(shift));
            event.add(new Uid(shift.uid() + "@kantor"));
            event.replace(new DtStamp(stamp));
            calendar.add(event);
            for (PublishedShift.PublishedBreak pause : shift.breaks()) {
                VEvent breakEvent = new VEvent(
                        local.apply(pause.startsAt()), local.apply(pause.endsAt()), words.pause(shift, pause));
                breakEvent.add(new Uid(shift.uid() + "-break-" + pause.position() + "@kantor"));
                breakEvent.replace(new DtStamp(stamp));
                calendar.add(breakEvent);
            }
        }
        for (dev.kantor.scheduling.CalendarEntries.Entry day : days) {
            VEvent event = new VEvent(day.day(), day.day().plusDays(1), day.summary());
            event.add(new Uid(day.uid() + "@kantor"));
            event.replace(new DtStamp(stamp));
            calendar.add(event);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
