package dev.kantor.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.kantor.scheduling.problem.Agent;
import dev.kantor.scheduling.problem.BreakRule;
import dev.kantor.scheduling.problem.Contract;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ShiftType;

/**
 * Realistic scheduling problems for the benchmark, the same for the same seed: a contact centre
 * open 07:00–21:00 on weekdays, 08:00–18:00 on Saturday and 09:00–17:00 on Sunday, whose
 * requirement has a morning peak (about 10:30) and a smaller afternoon one (about 15:00), lower at
 * weekends; full-timers (8-hour shifts with two breaks and a lunch, five a week) and part-timers
 * (4- or 6-hour shifts, at most 25 hours a week); about one agent in six cannot work one day.
 *
 * <p>The requirement is scaled so that the roster can cover it with slack: the agents' on-duty
 * capacity is {@code capacityFactor} times the agent-intervals required (1.3 leaves about 15% more
 * capacity than the proven lower bound needs, once breaks and the shape of the day are paid for).
 */
public final class SchedulingInstances {

    public static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 3, 1);

    private SchedulingInstances() {}

    public static List<ShiftType> shiftTypes() {
        return List.of(
                new ShiftType(
                        "FULL",
                        480,
                        480,
                        15,
                        List.of(
                                new BreakRule("break1", 15, 90, 150),
                                new BreakRule("lunch", 30, 210, 270),
                                new BreakRule("break2", 15, 330, 390)),
                        60,
                        180),
                new ShiftType("SIX", 360, 360, 15, List.of(new BreakRule("break", 15, 120, 210)), 0, 210),
                new ShiftType("HALF", 240, 240, 15, List.of(), 0, 240));
    }

    public static List<Contract> contracts() {
        return List.of(
                new Contract("FT", List.of("FULL"), 1, 5, 2400, 660),
                new Contract("PT", List.of("SIX", "HALF"), 1, 5, 1500, 660));
    }

    public static Problem generate(
            int dayCount, int agentCount, long seed, double capacityFactor, Integer timeLimitSeconds) {
        Random random = new Random(seed);
        List<Agent> agents = new ArrayList<>();
        int fullTimers = (int) Math.round(agentCount * 0.6);
        for (int i = 0; i < agentCount; i++) {
            List<LocalDate> unavailable = new ArrayList<>();
            if (dayCount > 1 && random.nextDouble() < 1 / 6.0) {
                unavailable.add(FIRST_MONDAY.plusDays(random.nextInt(dayCount)));
            }
            agents.add(new Agent(String.format("agent%04d", i + 1), i < fullTimers ? "FT" : "PT", unavailable));
        }
        // on-duty minutes the roster can give: per full-timer five shifts of 420 minutes on duty a week,
        // per part-timer 1,500 paid minutes, about 1,440 on duty; on a single day one shift each
        double weeks = dayCount / 7.0;
        double capacity = dayCount == 1
                ? fullTimers * 420 + (agentCount - fullTimers) * 345
                : weeks * (fullTimers * 5 * 420 + (agentCount - fullTimers) * 1440);
        List<double[]> shapes = new ArrayList<>();
        double shapeMinutes = 0;
        for (int d = 0; d < dayCount; d++) {
            LocalDate date = FIRST_MONDAY.plusDays(d);
            LocalTime[] hours = hours(date);
            int slots = (hours[1].toSecondOfDay() - hours[0].toSecondOfDay()) / 900;
            double weekend = date.getDayOfWeek().getValue() >= 6 ? 0.6 : 1.0;
            double dayLevel = weekend * (0.9 + 0.2 * random.nextDouble());
            double[] shape = new double[slots];
            for (int s = 0; s < slots; s++) {
                double hour = hours[0].toSecondOfDay() / 3600.0 + s / 4.0 + 0.125;
                double morning = Math.exp(-Math.pow((hour - 10.5) / 1.6, 2));
                double afternoon = 0.75 * Math.exp(-Math.pow((hour - 15.0) / 1.8, 2));
                shape[s] = dayLevel * (0.25 + morning + afternoon) * (0.93 + 0.14 * random.nextDouble());
                shapeMinutes += shape[s] * 15;
            }
            shapes.add(shape);
        }
        double scale = capacity / capacityFactor / shapeMinutes;
        List<Day> days = new ArrayList<>();
        for (int d = 0; d < dayCount; d++) {
            LocalDate date = FIRST_MONDAY.plusDays(d);
            LocalTime[] hours = hours(date);
            List<Integer> required = new ArrayList<>();
            for (double value : shapes.get(d)) {
                required.add(Math.max(1, (int) Math.round(value * scale)));
            }
            days.add(new Day(date, hours[0], hours[1], required));
        }
        return new Problem(15, days, shiftTypes(), contracts(), agents, timeLimitSeconds, List.of());
    }

    private static LocalTime[] hours(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(18, 0)};
        }
        if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(17, 0)};
        }
        return new LocalTime[] {LocalTime.of(7, 0), LocalTime.of(21, 0)};
    }
}
