package dev.kantor.scheduling.schedules;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.kantor.platform.security.SystemUser;
import dev.kantor.scheduling.jobs.SolvingJob;
import dev.kantor.scheduling.jobs.SolvingJobs;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ProblemJson;
import dev.kantor.scheduling.problem.Schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes a finished job's answer into its schedule: every few seconds on every node, and at once when
 * a page asks about the schedule. Taking in is conditional on the job still being the schedule's, so
 * it happens once whichever node gets there first; the shifts the problem pinned stay pinned. A solve
 * that ended without an answer (or whose job is gone) leaves the schedule's shifts as they were.
 */
@Component
class SolvedAnswers {

    private static final Logger log = LoggerFactory.getLogger(SolvedAnswers.class);

    private final StoredSchedules schedules;
    private final SolvingJobs jobs;
    private final Clock clock;

    SolvedAnswers(StoredSchedules schedules, SolvingJobs jobs, Clock clock) {
        this.schedules = schedules;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${kantor.scheduling.schedules.take-in-every:PT2S}",
            initialDelayString = "${kantor.scheduling.schedules.take-in-every:PT2S}")
    void takeInFinished() {
        try {
            schedules.solving().forEach((id, job) -> takeIn(id, job));
        } catch (RuntimeException e) {
            // a database away for a moment: the next round tries again
            log.warn("Scheduling: taking in solved schedules failed", e);
        }
    }

    /** Takes the job's answer in when it has finished; answers whether the schedule is still being solved. */
    boolean takeIn(long scheduleId, UUID jobId) {
        SolvingJob job = SystemUser.call(() -> jobs.findAny(jobId)).orElse(null);
        if (job == null) {
            schedules.finishSolving(scheduleId, jobId, null, 0, 0, List.of(), "job-lost", clock.instant());
            return false;
        }
        if (!job.status().isFinished()) {
            return true;
        }
        String failure = job.failure() != null ? job.failure() : null;
        if (job.answer() == null) {
            schedules.finishSolving(
                    scheduleId, jobId, null, 0, 0, List.of(), failure == null ? "no-answer" : failure, clock.instant());
            return false;
        }
        Schedule answer = ProblemJson.readSchedule(job.answer());
        Problem problem = schedules.get(scheduleId).problem();
        List<PlannedShift> shifts = answer.shifts().stream()
                .map(s -> new PlannedShift(0, s, problem.pinnedShifts().contains(s)))
                .toList();
        schedules.finishSolving(
                scheduleId,
                jobId,
                shifts,
                answer.paidMinutes(),
                answer.lowerBoundPaidMinutes(),
                answer.shortfalls(),
                failure,
                clock.instant());
        return false;
    }
}
