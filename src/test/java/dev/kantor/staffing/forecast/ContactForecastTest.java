package dev.kantor.staffing.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.kantor.staffing.IntervalVolume;
import dev.kantor.staffing.QueueChannel;
import dev.kantor.staffing.queues.WorkQueue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The forecast: pattern, level and trend, holidays apart, adjustments, accuracy on held-out history. */
class ContactForecastTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final LocalDate START = LocalDate.of(2026, 1, 5); // a Monday
    /** Monday busiest, Saturday quiet, Sunday closed. */
    private static final double[] WEEKDAY = {1.3, 1.0, 1.0, 1.0, 1.1, 0.6, 0};

    private static WorkQueue queue() {
        Map<DayOfWeek, dev.kantor.calendar.OpeningHours> hours = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d != DayOfWeek.SUNDAY) {
                hours.put(d, new dev.kantor.calendar.OpeningHours(LocalTime.of(8, 0), LocalTime.of(17, 0)));
            }
        }
        return new WorkQueue(1, "Phone", QueueChannel.PHONE, hours, 180, 80.0, 20.0, null, 85.0, 30, null, null, 0);
    }

    /** Two peaks a day, at 10:00 and 14:00, in the opening hours 08:00–17:00. */
    private static double shape(int slot) {
        double hour = slot / 4.0;
        if (hour < 8 || hour >= 17) {
            return 0;
        }
        return 1 + Math.exp(-Math.pow(hour - 10, 2)) + 0.7 * Math.exp(-Math.pow(hour - 14, 2));
    }

    private static double shapeTotal() {
        double sum = 0;
        for (int s = 0; s < 96; s++) {
            sum += shape(s);
        }
        return sum;
    }

    /** Day totals of 400 growing by 2 a day, times the weekday's factor; noise when a random is given. */
    private static List<IntervalVolume> history(int days, Set<LocalDate> holidays, double holidayShare, Random noise) {
        List<IntervalVolume> volumes = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate date = START.plusDays(d);
            double total = (400 + 2 * d)
                    * WEEKDAY[date.getDayOfWeek().getValue() - 1]
                    * (holidays.contains(date) ? holidayShare : 1);
            for (int s = 0; s < 96; s++) {
                double expected = total * shape(s) / shapeTotal();
                int contacts = (int) Math.round(
                        noise == null ? expected : Math.max(0, expected + noise.nextGaussian() * Math.sqrt(expected)));
                if (contacts > 0) {
                    volumes.add(new IntervalVolume(
                            date.atTime(ContactForecast.slotStart(s))
                                    .atZone(ZONE)
                                    .toInstant(),
                            contacts,
                            200.0));
                }
            }
        }
        return volumes;
    }

    @Test
    void followsTheWeeklyPatternAndTheTrend() {
        VolumeHistory past = new VolumeHistory(history(56, Set.of(), 1, null), ZONE);
        LocalDate next = START.plusDays(56);

        ContactForecast model = ContactForecast.learn(past, next, Set.of(), queue());
        List<DayForecast> week = model.days(next, 7, Set.of());

        for (DayForecast day : week) {
            int d = 56 + week.indexOf(day);
            double expected = (400 + 2 * d) * WEEKDAY[day.date().getDayOfWeek().getValue() - 1];
            assertThat(day.total()).as(day.date().toString()).isCloseTo(expected, within(expected * 0.03 + 1));
        }
        DayForecast monday = week.get(0);
        int ten = 40;
        int eight = 32;
        assertThat(monday.contacts()[ten]).isGreaterThan(monday.contacts()[eight] * 1.5);
        assertThat(monday.contacts()[20]).as("05:00, closed").isZero();
        assertThat(week.get(6).total()).as("Sunday, closed").isZero();
        assertThat(monday.ahtSeconds()[ten]).isEqualTo(200.0);
    }

    @Test
    void holidaysAreLeftOutOfThePatternAndForecastApart() {
        LocalDate holiday = START.plusDays(14); // a Monday in the history
        LocalDate nextHoliday = START.plusDays(56 + 2); // a Wednesday in the forecast week
        Set<LocalDate> holidays = Set.of(holiday, nextHoliday);
        VolumeHistory past = new VolumeHistory(history(56, holidays, 0.5, null), ZONE);

        ContactForecast model = ContactForecast.learn(past, START.plusDays(56), holidays, queue());
        List<DayForecast> week = model.days(START.plusDays(56), 7, holidays);

        double tuesday = week.get(1).total();
        assertThat(week.get(0).total())
                .as("a normal Monday, the quiet holiday Monday left out")
                .isCloseTo((400 + 2 * 56) * 1.3, within(20.0));
        assertThat(week.get(2).holiday()).isTrue();
        assertThat(week.get(2).total())
                .as("half a normal Wednesday, as holidays went")
                .isCloseTo(tuesday * 0.5, within(tuesday * 0.05));

        ContactForecast closedOnHolidays = ContactForecast.learn(
                new VolumeHistory(history(56, Set.of(), 1, null), ZONE),
                START.plusDays(56),
                Set.of(nextHoliday),
                queue());
        assertThat(closedOnHolidays.day(nextHoliday, true).total())
                .as("no holiday seen: none expected")
                .isZero();
    }

    @Test
    void needsAWeekOfHistory() {
        VolumeHistory past = new VolumeHistory(history(5, Set.of(), 1, null), ZONE);
        assertThat(ContactForecast.learn(past, START.plusDays(5), Set.of(), queue()))
                .isNull();
        assertThat(ContactForecast.learn(new VolumeHistory(List.of(), ZONE), START, Set.of(), queue()))
                .isNull();
        assertThat(ForecastAccuracy.weightedMape(
                        new VolumeHistory(history(10, Set.of(), 1, null), ZONE), START.plusDays(10), Set.of(), queue()))
                .as("a week to learn and a week held out")
                .isNull();
    }

    @Test
    void accuracyOnHeldOutHistoryIsNearPerfectWithoutNoiseAndModestWithIt() {
        Double exact = ForecastAccuracy.weightedMape(
                new VolumeHistory(history(56, Set.of(), 1, null), ZONE), START.plusDays(56), Set.of(), queue());
        Double noisy = ForecastAccuracy.weightedMape(
                new VolumeHistory(history(56, Set.of(), 1, new Random(42)), ZONE),
                START.plusDays(56),
                Set.of(),
                queue());

        assertThat(exact).isLessThan(0.05);
        assertThat(noisy).isBetween(0.05, 0.4);
    }

    @Test
    void managersAdjustmentsApplyPerDayAndPerInterval() {
        VolumeHistory past = new VolumeHistory(history(56, Set.of(), 1, null), ZONE);
        LocalDate monday = START.plusDays(56);
        DayForecast day = ContactForecast.learn(past, monday, Set.of(), queue()).day(monday, false);
        ForecastAdjustments adjustments =
                new ForecastAdjustments(Map.of(monday, 10.0), Map.of(monday, Map.of(40, -100.0, 41, 50.0)));

        DayForecast adjusted = adjustments.applyTo(day);

        assertThat(adjusted.contacts()[36]).isCloseTo(day.contacts()[36] * 1.1, within(1e-9));
        assertThat(adjusted.contacts()[40]).isZero();
        assertThat(adjusted.contacts()[41]).isCloseTo(day.contacts()[41] * 1.1 * 1.5, within(1e-9));
    }

    @Test
    void theAdjustmentsVersionChangesWithAnyChangeAndOnlyThen() {
        LocalDate monday = START.plusDays(56);
        ForecastAdjustments week = new ForecastAdjustments(
                Map.of(monday, 10.0, monday.plusDays(1), 5.0), Map.of(monday, Map.of(40, -100.0, 41, 50.0)));
        ForecastAdjustments sameInAnotherOrder = new ForecastAdjustments(
                new java.util.LinkedHashMap<>(Map.of(monday.plusDays(1), 5.0, monday, 10.0)),
                Map.of(monday, new java.util.TreeMap<>(Map.of(41, 50.0, 40, -100.0))));

        assertThat(sameInAnotherOrder.version()).isEqualTo(week.version());
        assertThat(ForecastAdjustments.NONE.version()).isNotEqualTo(week.version());
        assertThat(new ForecastAdjustments(
                                Map.of(monday, 10.0, monday.plusDays(1), 5.5),
                                Map.of(monday, Map.of(40, -100.0, 41, 50.0)))
                        .version())
                .isNotEqualTo(week.version());
        assertThat(new ForecastAdjustments(
                                Map.of(monday, 10.0, monday.plusDays(1), 5.0),
                                Map.of(monday, Map.of(40, -100.0, 42, 50.0)))
                        .version())
                .isNotEqualTo(week.version());
    }

    @Test
    void theStaffingPlanStaffsOpenIntervalsOnly() {
        VolumeHistory past = new VolumeHistory(history(56, Set.of(), 1, null), ZONE);
        LocalDate monday = START.plusDays(56);
        List<DayForecast> week =
                ContactForecast.learn(past, monday, Set.of(), queue()).days(monday, 7, Set.of());

        List<IntervalPlan> plan = StaffingPlan.of(queue(), week);

        assertThat(plan).hasSize(7 * 96);
        assertThat(plan.stream().filter(IntervalPlan::open)).hasSize(6 * 36);
        IntervalPlan ten = plan.get(40);
        assertThat(ten.start()).isEqualTo(LocalTime.of(10, 0));
        assertThat(ten.requirement().agents()).isGreaterThan((int) (ten.contacts() * 200 / 900));
        assertThat(ten.requirement().performance().serviceLevel()).isGreaterThanOrEqualTo(0.8);
        assertThat(ten.requirement().scheduled())
                .isGreaterThan(ten.requirement().agents());
        assertThat(plan.get(6 * 96 + 40).open()).as("Sunday").isFalse();
    }
}
