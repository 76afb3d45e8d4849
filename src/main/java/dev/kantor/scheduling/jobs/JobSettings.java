package dev.kantor.scheduling.jobs;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How jobs are solved ({@code kantor.scheduling.jobs.*}): how many at once on each node (the rest
 * wait), the solver's threads and default time limit, how often a node looks for work and stop
 * requests, writes progress and shows it is alive, when a silent node's job counts as lost, how long
 * finished jobs are kept, and how many unfinished jobs one person may have.
 */
@Component
class JobSettings {

    final int concurrentSolves;
    final int solverWorkers;
    final int defaultTimeLimitSeconds;
    final Duration tick;
    final Duration progressEvery;
    final Duration heartbeatEvery;
    final Duration staleAfter;
    final Duration keepFor;
    final int maxUnfinishedPerPerson;

    JobSettings(
            @Value("${kantor.scheduling.jobs.concurrent-solves:2}") int concurrentSolves,
            @Value("${kantor.scheduling.jobs.solver-workers:0}") int solverWorkers,
            @Value("${kantor.scheduling.jobs.default-time-limit:PT60S}") Duration defaultTimeLimit,
            @Value("${kantor.scheduling.jobs.tick:PT1S}") Duration tick,
            @Value("${kantor.scheduling.jobs.progress-every:PT2S}") Duration progressEvery,
            @Value("${kantor.scheduling.jobs.heartbeat-every:PT10S}") Duration heartbeatEvery,
            @Value("${kantor.scheduling.jobs.stale-after:PT2M}") Duration staleAfter,
            @Value("${kantor.scheduling.jobs.keep-for:P1D}") Duration keepFor,
            @Value("${kantor.scheduling.jobs.max-unfinished-per-person:5}") int maxUnfinishedPerPerson) {
        if (concurrentSolves < 1 || heartbeatEvery.compareTo(staleAfter) >= 0) {
            throw new IllegalArgumentException(
                    "kantor.scheduling.jobs: at least one solve at once, and a heartbeat well within stale-after");
        }
        this.concurrentSolves = concurrentSolves;
        // the cores shared out among the solves a node runs at once
        this.solverWorkers = solverWorkers > 0
                ? solverWorkers
                : Math.max(1, Runtime.getRuntime().availableProcessors() / concurrentSolves);
        this.defaultTimeLimitSeconds = (int) Math.max(1, defaultTimeLimit.toSeconds());
        this.tick = tick;
        this.progressEvery = progressEvery;
        this.heartbeatEvery = heartbeatEvery;
        this.staleAfter = staleAfter;
        this.keepFor = keepFor;
        this.maxUnfinishedPerPerson = maxUnfinishedPerPerson;
    }
}
