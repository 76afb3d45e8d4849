package dev.kantor.scheduling;

import java.time.LocalDate;

/**
 * Generates a queue's schedule for the week from {@code monday}, with the queue's roster as it is
 * now; the solver works on it in the background.
 *
 * @param source           staffing's requirement, or {@link RequirementSource#TYPED} for {@code requirement}
 * @param requirement      for {@link RequirementSource#TYPED}: CSV lines {@code date,from,to,agents}
 * @param timeLimitSeconds the longest the solver may take, or null for the default
 */
public record GenerateSchedule(
        long queueId, LocalDate monday, RequirementSource source, String requirement, Integer timeLimitSeconds) {

    /** From staffing's requirement. */
    public GenerateSchedule(long queueId, LocalDate monday, RequirementSource source, Integer timeLimitSeconds) {
        this(queueId, monday, source, null, timeLimitSeconds);
    }
}
