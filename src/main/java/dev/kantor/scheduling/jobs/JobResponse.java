package dev.kantor.scheduling.jobs;

import java.time.Instant;
import java.util.UUID;

import dev.kantor.scheduling.jobs.ProblemSchemas.AnswerDoc;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A solving job as the API shows it. */
@Schema(
        name = "SchedulingJob",
        description = "A problem being solved in the background, with the best answer "
                + "so far and the independent checker's verdict on it. Fields without a value are left out.")
record JobResponse(
        UUID id,
        @Schema(
                        description =
                                "QUEUED while waiting for a solver, SOLVING, then SOLVED, STOPPED (on request, with "
                                        + "the best answer found) or FAILED (see failure)")
                JobStatus status,
        @Schema(description = "Someone asked to stop it; the solving node stops it within a second or so")
                boolean stopRequested,
        Instant submittedAt,
        Instant startedAt,
        @Schema(description = "When the solving node last wrote progress or showed itself alive") Instant updatedAt,
        Instant finishedAt,
        @Schema(description = "Of the best answer so far") Long paidMinutes,
        @Schema(description = "A proven lower bound on the paid minutes of any covering schedule")
                Long lowerBoundPaidMinutes,
        @Schema(description = "Intervals the best answer so far leaves short") Integer shortfallCount,
        @Schema(description = "Why it failed: node-lost (the node solving it went away) or solver-error")
                String failure,
        @Schema(
                        implementation = AnswerDoc.class,
                        description =
                                "The best answer so far, in the format's answer " + "shape; absent until the first")
                JsonNode answer,
        @Schema(description = "The independent checker's verdict on that answer") Verdict verdict) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static JobResponse of(SolvingJob job) {
        JsonNode answer = job.answer() == null ? null : JSON.readTree(job.answer());
        if (answer instanceof ObjectNode object
                && job.status().isFinished()
                && "SOLVING".equals(object.path("status").asString(""))) {
            // the last progress of a job that ended without a final answer: the search is over
            object.put("status", "STOPPED");
        }
        return new JobResponse(
                job.id(),
                job.status(),
                job.stopRequested(),
                job.submittedAt(),
                job.startedAt(),
                job.updatedAt(),
                job.finishedAt(),
                job.paidMinutes(),
                job.lowerBoundPaidMinutes(),
                job.shortfallCount(),
                job.failure(),
                answer,
                job.verdict());
    }
}
