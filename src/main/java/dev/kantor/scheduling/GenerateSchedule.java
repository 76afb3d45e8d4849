package dev.kantor.scheduling;

import java.time.LocalDate;

/**
 * Generates a queue's schedule for the week from {@code monday} from staffing's requirement, with
 * the queue's roster as it is now; the solver works on it in the background.
 *
 * @param timeLimitSeconds the longest the solver may take, or null for the default
 */
public record GenerateSchedule(long queueId, LocalDate monday, RequirementSource source, Integer timeLimitSeconds) {}
