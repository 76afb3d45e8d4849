package dev.kantor.scheduling.jobs;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, on every node: a job whose node has not shown itself alive for {@code stale-after}
 * (it died, or lost the database) is marked failed, keeping the best answer it wrote; finished jobs
 * older than {@code keep-for} are deleted. Each is one conditional statement, so that of several nodes
 * doing the same, each job is changed once.
 */
@Component
class JobHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(JobHousekeeping.class);

    private final StoredJobs jobs;
    private final JobSettings settings;
    private final Clock clock;

    JobHousekeeping(StoredJobs jobs, JobSettings settings, Clock clock) {
        this.jobs = jobs;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${kantor.scheduling.jobs.housekeeping-every:PT1M}",
            initialDelayString = "${kantor.scheduling.jobs.housekeeping-every:PT1M}")
    void run() {
        failLost();
        deleteOld();
    }

    /** Marks the jobs of nodes gone silent as failed; answers how many. */
    int failLost() {
        Instant now = clock.instant();
        int failed = jobs.failStale(now.minus(settings.staleAfter), now);
        if (failed > 0) {
            log.warn("{} scheduling job(s) failed: their node stopped showing itself alive", failed);
        }
        return failed;
    }

    /** Deletes finished jobs kept long enough; answers how many. */
    int deleteOld() {
        return jobs.deleteFinishedBefore(clock.instant().minus(settings.keepFor));
    }
}
