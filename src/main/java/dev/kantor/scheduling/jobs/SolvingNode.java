package dev.kantor.scheduling.jobs;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ProblemJson;
import dev.kantor.scheduling.problem.ProblemRead;
import dev.kantor.scheduling.problem.Schedule;
import dev.kantor.scheduling.problem.ScheduleStatus;
import dev.kantor.scheduling.solver.ScheduleSolver;
import dev.kantor.scheduling.solver.SolverSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's share of the solving: at most {@code concurrent-solves} jobs at once, each on a thread
 * of its own, taken from the queue in the database. A tick of its own (not the application's shared
 * scheduler, which the outbox and the handoffs use) claims waiting jobs while a slot is free, stops
 * the jobs someone asked to stop on any node, writes each job's better answers at most every
 * {@code progress-every}, and shows the node alive by moving each job's {@code updated_at} at least
 * every {@code heartbeat-every}. A node that shuts down puts its jobs back in the queue.
 */
@Component
class SolvingNode implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SolvingNode.class);

    private final StoredJobs jobs;
    private final JobSettings settings;
    private final Clock clock;
    private final ScheduleSolver solver;
    /** The process and host, and a part of its own so that a restarted process is another node. */
    private final String name = ManagementFactory.getRuntimeMXBean().getName() + " "
            + UUID.randomUUID().toString().substring(0, 8);

    private final Map<UUID, RunningJob> running = new ConcurrentHashMap<>();
    private ExecutorService solves;
    private ScheduledExecutorService ticks;
    private volatile boolean started;

    SolvingNode(StoredJobs jobs, JobSettings settings, Clock clock) {
        this.jobs = jobs;
        this.settings = settings;
        this.clock = clock;
        this.solver = new ScheduleSolver(
                new SolverSettings(settings.defaultTimeLimitSeconds, settings.solverWorkers, 1, false));
    }

    String name() {
        return name;
    }

    @Override
    public void start() {
        solves = Executors.newFixedThreadPool(settings.concurrentSolves, threads("scheduling-solve"));
        ticks = Executors.newSingleThreadScheduledExecutor(threads("scheduling-jobs"));
        long every = settings.tick.toMillis();
        ticks.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
        started = true;
    }

    /** Puts this node's jobs back in the queue and stops their solves, so that another node continues them. */
    @Override
    public void stop() {
        started = false;
        ticks.shutdownNow();
        for (RunningJob job : running.values()) {
            job.leaving = true;
            try {
                jobs.requeue(job.id, name, clock.instant());
            } catch (RuntimeException e) {
                log.warn("Could not put scheduling job {} back in the queue; it fails once stale", job.id, e);
            }
            job.stop.stop();
        }
        // the solves end within moments and write nothing more (their jobs are no longer this node's);
        // their threads are daemons, so a slow one does not hold the process up
        solves.shutdown();
        try {
            solves.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /** Looks for waiting jobs at once, as when one was just submitted, instead of at the next tick. */
    void nudge() {
        if (started) {
            try {
                ticks.execute(this::claimWhileFree);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // shutting down: another node takes the job
            }
        }
    }

    /** Stops a job at once when this node solves it; otherwise its node sees the request at its next tick. */
    void stopIfHere(UUID id) {
        RunningJob job = running.get(id);
        if (job != null) {
            job.stop.stop();
        }
    }

    private void tick() {
        try {
            claimWhileFree();
            Set<UUID> stopping = running.isEmpty() ? Set.of() : jobs.stopRequested(name);
            stopping.forEach(this::stopIfHere);
            for (RunningJob job : running.values()) {
                report(job);
            }
        } catch (RuntimeException e) {
            // a database away for a moment: the next tick tries again (an exception would end the ticks)
            log.warn("Scheduling jobs: tick failed", e);
        }
    }

    private void claimWhileFree() {
        while (started && running.size() < settings.concurrentSolves) {
            UUID id = jobs.claimNext(name, clock.instant()).orElse(null);
            if (id == null) {
                return;
            }
            RunningJob job = new RunningJob(id);
            running.put(id, job);
            solves.execute(() -> solve(job));
        }
    }

    /** Writes a better answer when the throttle allows, else shows the node alive when due. */
    private void report(RunningJob job) {
        long now = System.nanoTime();
        boolean ours = true;
        if (now - job.lastWritten >= settings.progressEvery.toNanos()) {
            Schedule best = job.takeUnwritten();
            if (best != null) {
                ours = jobs.progress(job.id, name, StoredAnswer.of(job.problem(), best), clock.instant());
                job.lastWritten = now;
                job.lastAlive = now;
            }
        }
        if (ours && now - job.lastAlive >= settings.heartbeatEvery.toNanos()) {
            ours = jobs.heartbeat(job.id, name, clock.instant());
            job.lastAlive = now;
        }
        if (!ours && !job.leaving) {
            // taken for lost while this node was silent: its answer is no longer wanted
            job.stop.stop();
        }
    }

    private void solve(RunningJob job) {
        try {
            String json = jobs.problem(job.id).orElse(null);
            if (json == null) {
                return;
            }
            ProblemRead read = ProblemJson.read(json);
            if (!read.ok()) {
                jobs.finish(job.id, name, JobStatus.FAILED, null, "unreadable-problem", clock.instant());
                return;
            }
            Problem problem = read.problem();
            job.solving(problem);
            Schedule result = solver.solve(problem, job::improved, job.stop);
            if (job.leaving) {
                return;
            }
            JobStatus status = result.status() == ScheduleStatus.STOPPED ? JobStatus.STOPPED : JobStatus.SOLVED;
            jobs.finish(job.id, name, status, StoredAnswer.of(problem, result), null, clock.instant());
        } catch (RuntimeException e) {
            log.error("Scheduling job {} failed", job.id, e);
            failed(job);
        } catch (Error e) {
            failed(job);
            throw e;
        } finally {
            running.remove(job.id);
            nudge();
        }
    }

    /** Marks a job failed, keeping the best answer found before the failure. */
    private void failed(RunningJob job) {
        if (job.leaving) {
            return;
        }
        try {
            Schedule best = job.best();
            StoredAnswer answer = best == null || job.problem() == null
                    ? null
                    : StoredAnswer.of(job.problem(), best.withStatus(ScheduleStatus.STOPPED));
            jobs.finish(job.id, name, JobStatus.FAILED, answer, "solver-error", clock.instant());
        } catch (RuntimeException e) {
            log.warn("Could not mark scheduling job {} failed; it fails once stale", job.id, e);
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
