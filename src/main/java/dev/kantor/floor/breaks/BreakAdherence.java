package dev.kantor.floor.breaks;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adherence: each break as planned against as taken (start and length), kept per break and summed per
 * agent, for the floor's reports.
 */
@Service
@Transactional(readOnly = true)
public class BreakAdherence {

    /** A break started within this of its planned start counts as on time. */
    public static final Duration ON_TIME = Duration.ofMinutes(5);

    private final StoredBreaks stored;

    BreakAdherence(StoredBreaks stored) {
        this.stored = stored;
    }

    /** Every break recorded on the business days {@code from} to {@code to}, by agent and planned start. */
    public List<TakenBreak> breaks(LocalDate from, LocalDate to) {
        return stored.plannedBetween(from, to);
    }

    /** Each agent's adherence on the business days {@code from} to {@code to}, by employee id. */
    public List<AgentAdherence> perAgent(LocalDate from, LocalDate to) {
        Map<Long, List<TakenBreak>> byAgent = new LinkedHashMap<>();
        for (TakenBreak taken : stored.plannedBetween(from, to)) {
            byAgent.computeIfAbsent(taken.employeeId(), id -> new ArrayList<>()).add(taken);
        }
        List<AgentAdherence> lines = new ArrayList<>();
        byAgent.forEach((id, theirs) -> lines.add(AgentAdherence.of(id, theirs)));
        return lines;
    }

    /**
     * One agent's breaks summed.
     *
     * @param recorded               breaks the floor recorded (asked about, agreed or taken)
     * @param taken                  of those, breaks taken
     * @param onTime                 breaks taken within {@link #ON_TIME} of their planned start
     * @param meanStartOffMinutes    mean minutes between planned and actual start, either way
     * @param meanOverrunMinutes     mean minutes a break ended took longer than planned (negative: shorter)
     */
    public record AgentAdherence(
            long employeeId,
            int recorded,
            int taken,
            int onTime,
            double meanStartOffMinutes,
            double meanOverrunMinutes) {

        static AgentAdherence of(long employeeId, List<TakenBreak> breaks) {
            int taken = 0;
            int onTime = 0;
            long startOff = 0;
            long overrun = 0;
            int ended = 0;
            for (TakenBreak pause : breaks) {
                if (pause.takenAt() == null) {
                    continue;
                }
                taken++;
                Duration off =
                        Duration.between(pause.plannedStart(), pause.takenAt()).abs();
                startOff += off.toSeconds();
                onTime += off.compareTo(ON_TIME) <= 0 ? 1 : 0;
                if (pause.backAt() != null) {
                    ended++;
                    overrun += Duration.between(pause.takenAt(), pause.backAt())
                            .minus(pause.plannedLength())
                            .toSeconds();
                }
            }
            return new AgentAdherence(
                    employeeId,
                    breaks.size(),
                    taken,
                    onTime,
                    taken == 0 ? 0 : startOff / 60.0 / taken,
                    ended == 0 ? 0 : overrun / 60.0 / ended);
        }
    }
}
