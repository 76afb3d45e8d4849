package dev.kantor.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.kantor.calendar.BusinessCalendar;
import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.staffing.DayHours;
import dev.kantor.staffing.IntervalVolume;
import dev.kantor.staffing.QueueChannel;
import dev.kantor.staffing.QueueDetails;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.RecordHistory;
import dev.kantor.staffing.WorkQueues;

import org.springframework.stereotype.Component;

/**
 * The demo company's four work queues and eight weeks of their contacts per 15-minute interval
 * up to yesterday, so that the forecast page has something to forecast on first start. Busy
 * Mondays, quiet Saturdays, a morning and an afternoon peak, slow growth, closed on public
 * holidays; seeded, so every demo starts alike.
 */
@Component
class DemoStaffing {

    static final int WEEKS = 8;

    /** A demo queue: what it is, and its contacts on an average weekday. */
    record DemoQueue(QueueDetails details, double contactsPerDay, long seed) {}

    private final WorkQueues queues;
    private final BusinessCalendars calendars;
    private final Clock clock;

    DemoStaffing(WorkQueues queues, BusinessCalendars calendars, Clock clock) {
        this.queues = queues;
        this.calendars = calendars;
        this.clock = clock;
    }

    void load() {
        ZoneId zone = calendars.zone();
        BusinessCalendar calendar = calendars.current();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (DemoQueue q : queues()) {
            QueueSummary queue = queues.create(q.details());
            queues.recordHistory(new RecordHistory(queue.id(), volumes(queue, q, today, zone, calendar)));
        }
    }

    /**
     * The demo's queues: one per way customers reach the company, so that every contact counts in some queue's
     * forecast (written contacts, e-mail and the portal's form, in one).
     */
    static List<DemoQueue> queues() {
        return List.of(
                new DemoQueue(
                        new QueueDetails(
                                "Phone line",
                                QueueChannel.PHONE,
                                hours("08:00", "17:00", "09:00", "14:00"),
                                240.0,
                                80.0,
                                20.0,
                                null,
                                85.0,
                                30.0,
                                120.0,
                                5.0),
                        900,
                        1),
                new DemoQueue(
                        new QueueDetails(
                                "Front desk",
                                QueueChannel.FRONT_DESK,
                                hours("08:00", "17:00", "09:00", "14:00"),
                                420.0,
                                null,
                                null,
                                180.0,
                                90.0,
                                25.0,
                                null,
                                null),
                        260,
                        2),
                new DemoQueue(
                        new QueueDetails(
                                "Web chat",
                                QueueChannel.CHAT,
                                hours("08:00", "20:00", "08:00", "20:00"),
                                300.0,
                                80.0,
                                60.0,
                                null,
                                85.0,
                                30.0,
                                180.0,
                                5.0),
                        520,
                        3),
                new DemoQueue(
                        new QueueDetails(
                                "Written requests",
                                QueueChannel.EMAIL,
                                hours("08:00", "17:00", "09:00", "14:00"),
                                480.0,
                                null,
                                null,
                                1800.0,
                                90.0,
                                25.0,
                                null,
                                null),
                        240,
                        4));
    }

    private static List<DayHours> hours(String opens, String closes, String saturdayOpens, String saturdayCloses) {
        List<DayHours> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() <= 5) {
                week.add(new DayHours(day, opens, closes));
            } else if (day == DayOfWeek.SATURDAY) {
                week.add(new DayHours(day, saturdayOpens, saturdayCloses));
            }
        }
        return week;
    }

    private static List<IntervalVolume> volumes(
            QueueSummary queue, DemoQueue demo, LocalDate today, ZoneId zone, BusinessCalendar calendar) {
        Random random = new Random(20_260_505L + demo.seed());
        double[] weekday = {1.25, 1.05, 1.0, 0.97, 1.08, 0.55, 0};
        List<IntervalVolume> volumes = new ArrayList<>();
        LocalDate first = today.minusWeeks(WEEKS);
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            if (calendar.isHoliday(day)) {
                continue;
            }
            // about 0.4% more contacts each week
            double dayTotal = demo.contactsPerDay()
                    * weekday[day.getDayOfWeek().getValue() - 1]
                    * (1 + 0.004 * (day.toEpochDay() - first.toEpochDay()) / 7.0);
            List<LocalTime> open = new ArrayList<>();
            double shapeTotal = 0;
            for (int slot = 0; slot < 96; slot++) {
                LocalTime start = LocalTime.MIDNIGHT.plusMinutes(15L * slot);
                if (queue.isOpen(day.getDayOfWeek(), start)) {
                    open.add(start);
                    shapeTotal += shape(start);
                }
            }
            for (LocalTime start : open) {
                double expected = dayTotal * shape(start) / shapeTotal;
                int contacts = poisson(random, expected);
                double aht = queue.ahtSeconds() * (0.9 + 0.2 * random.nextDouble());
                volumes.add(new IntervalVolume(
                        day.atTime(start).atZone(zone).toInstant(), contacts, Math.round(aht * 10) / 10.0));
            }
        }
        return volumes;
    }

    /** A busier late morning and a smaller peak after lunch. */
    private static double shape(LocalTime start) {
        double hour = start.getHour() + start.getMinute() / 60.0;
        return 1 + 1.2 * Math.exp(-Math.pow(hour - 10.5, 2) / 2) + 0.8 * Math.exp(-Math.pow(hour - 14, 2) / 1.5);
    }

    /** Contacts arrive at random: Poisson counts (normal beyond 30, where they are indistinguishable). */
    private static int poisson(Random random, double mean) {
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
