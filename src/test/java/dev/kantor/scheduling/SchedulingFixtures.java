package dev.kantor.scheduling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.kantor.scheduling.problem.Agent;
import dev.kantor.scheduling.problem.Break;
import dev.kantor.scheduling.problem.BreakRule;
import dev.kantor.scheduling.problem.Contract;
import dev.kantor.scheduling.problem.Day;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ProblemJson;
import dev.kantor.scheduling.problem.ProblemRead;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.problem.ShiftType;

/** Problems and shifts for the scheduling tests. */
public final class SchedulingFixtures {

    public static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private SchedulingFixtures() {}

    /** The README's example, as shipped beside the format. */
    public static String exampleJson() {
        try (InputStream in = SchedulingFixtures.class.getResourceAsStream("/scheduling/example-problem.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Problem example() {
        ProblemRead read = ProblemJson.read(exampleJson());
        if (!read.ok()) {
            throw new IllegalStateException(read.issues().toString());
        }
        return read.problem();
    }

    public static final ShiftType FULL = new ShiftType(
            "FULL",
            480,
            480,
            15,
            List.of(new BreakRule("break", 15, 90, 150), new BreakRule("lunch", 30, 210, 270)),
            60,
            210);
    public static final ShiftType HALF = new ShiftType("HALF", 240, 240, 30, List.of(), 0, 240);
    /** Wide break windows, so that the gap between breaks can be broken on its own. */
    public static final ShiftType SPLIT = new ShiftType(
            "SPLIT",
            480,
            480,
            30,
            List.of(new BreakRule("b1", 15, 60, 240), new BreakRule("b2", 30, 120, 300)),
            60,
            240);

    /**
     * {@code days} consecutive days from Monday 2 March 2026, open {@code open}–{@code close} with
     * {@code required} agents in every interval; contracts FT (FULL, SPLIT; five shifts
     * or 3,000 minutes a week), PT (HALF; six shifts or 1,200 minutes), FLEX (HALF,
     * two a day, no weekly limits to speak of); agents ft1..ftN, pt1..ptM, flex.
     */
    public static Problem week(int days, String open, String close, int required, int fullTimers, int partTimers) {
        List<Day> dayList = new ArrayList<>();
        LocalTime from = LocalTime.parse(open);
        LocalTime to = LocalTime.parse(close);
        int intervals = (to.toSecondOfDay() - from.toSecondOfDay()) / 900;
        for (int d = 0; d < days; d++) {
            dayList.add(new Day(MONDAY.plusDays(d), from, to, Collections.nCopies(intervals, required)));
        }
        List<Contract> contracts = List.of(
                new Contract("FT", List.of("FULL", "SPLIT"), 1, 5, 3000, 660),
                new Contract("PT", List.of("HALF"), 1, 6, 1200, 660),
                new Contract("FLEX", List.of("HALF"), 2, 14, 6000, 0));
        List<Agent> agents = new ArrayList<>();
        for (int i = 1; i <= fullTimers; i++) {
            agents.add(new Agent("ft" + i, "FT", List.of()));
        }
        for (int i = 1; i <= partTimers; i++) {
            agents.add(new Agent("pt" + i, "PT", List.of()));
        }
        agents.add(new Agent("flex", "FLEX", List.of()));
        return new Problem(15, dayList, List.of(FULL, HALF, SPLIT), contracts, agents, 5, List.of());
    }

    public static LocalTime at(String hhmm) {
        return LocalTime.parse(hhmm);
    }

    /** A shift with breaks given as "id@HH:mm-HH:mm". */
    public static Shift shift(String agent, LocalDate date, String type, String start, String end, String... breaks) {
        List<Break> list = new ArrayList<>();
        for (String b : breaks) {
            String[] idAndTimes = b.split("@");
            String[] times = idAndTimes[1].split("-");
            list.add(new Break(idAndTimes[0], at(times[0]), at(times[1])));
        }
        return new Shift(agent, date, type, at(start), at(end), list);
    }
}
