package dev.kantor.scheduling.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A problem being solved in the background, as stored: its status, and the best answer so far (in
 * the format's answer shape, JSON) with the checker's verdict on it.
 *
 * @param answer          the best answer so far as JSON, or null before the first
 * @param verdict         the checker's verdict on that answer, or null before the first
 * @param shortfallCount  intervals left short in that answer
 * @param failure         why a FAILED job failed: {@code node-lost} or {@code solver-error}
 */
public record SolvingJob(
        UUID id,
        JobStatus status,
        String submittedBy,
        String answer,
        Verdict verdict,
        Long paidMinutes,
        Long lowerBoundPaidMinutes,
        Integer shortfallCount,
        boolean stopRequested,
        String failure,
        Instant submittedAt,
        Instant startedAt,
        Instant updatedAt,
        Instant finishedAt) {}
