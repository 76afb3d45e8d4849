package dev.kantor.scheduling.jobs;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.Role;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ProblemJson;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Problems solved in the background, for managers and admins: submit one, follow it, stop it. A job
 * is seen and stopped only by the person who submitted it and by admins; to anyone else it does not
 * exist. Solving itself is {@link SolvingNode}'s, on whichever node has a free slot.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class SolvingJobs {

    private final StoredJobs jobs;
    private final SolvingNode node;
    private final JobSettings settings;
    private final Clock clock;

    SolvingJobs(StoredJobs jobs, SolvingNode node, JobSettings settings, Clock clock) {
        this.jobs = jobs;
        this.node = node;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Queues a problem the validator accepted; it is solved as soon as a solver is free.
     *
     * @throws KantorException conflict when the person already has as many unfinished jobs as allowed
     */
    public SolvingJob submit(Problem problem) {
        String by = CurrentUser.username();
        if (jobs.unfinishedOf(by) >= settings.maxUnfinishedPerPerson) {
            throw KantorException.conflict("scheduling.job.too-many-unfinished", settings.maxUnfinishedPerPerson);
        }
        UUID id = UUID.randomUUID();
        jobs.insert(id, by, ProblemJson.write(problem), clock.instant());
        node.nudge();
        return jobs.find(id).orElseThrow();
    }

    /** The job, if the caller may see it. */
    public Optional<SolvingJob> find(UUID id) {
        return jobs.find(id).filter(SolvingJobs::visible);
    }

    /** The job, or a not-found failure (404 in the API). */
    public SolvingJob get(UUID id) {
        return find(id).orElseThrow(() -> KantorException.notFound("scheduling.job.not-found"));
    }

    /**
     * Stops a job: one that waits stops at once, one being solved within a second or so with the best
     * answer found by then, on whichever node solves it. Stopping a finished job changes nothing.
     */
    public SolvingJob stop(UUID id) {
        SolvingJob job = get(id);
        if (!job.status().isFinished()) {
            jobs.requestStop(id, clock.instant());
            node.stopIfHere(id);
        }
        return get(id);
    }

    /**
     * A job whoever submitted it, for features that keep their own rules on who sees what they
     * solve (saved schedules: every manager of the queue follows its solve).
     */
    public Optional<SolvingJob> findAny(UUID id) {
        return jobs.find(id);
    }

    /** Stops a job whoever submitted it, as {@link #stop} does; for the same features as {@link #findAny}. */
    public Optional<SolvingJob> stopAny(UUID id) {
        Optional<SolvingJob> job = jobs.find(id);
        if (job.isPresent() && !job.get().status().isFinished()) {
            jobs.requestStop(id, clock.instant());
            node.stopIfHere(id);
        }
        return jobs.find(id);
    }

    private static boolean visible(SolvingJob job) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = auth != null
                && auth.getAuthorities().stream()
                        .anyMatch(granted -> Role.ADMIN.authority().equals(granted.getAuthority()));
        return admin || CurrentUser.username().equals(job.submittedBy());
    }
}
