package dev.kantor.scheduling.jobs;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import jakarta.servlet.http.HttpServletRequest;

import dev.kantor.platform.InvalidInput;
import dev.kantor.scheduling.jobs.ProblemSchemas.ProblemDoc;
import dev.kantor.scheduling.problem.Problem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stateless scheduling API: a problem in, a job out, followed and stopped by its id, for managers
 * and admins. The role is checked before the body is read.
 */
@RestController
@RequestMapping("/api/scheduling")
@Tag(name = "Scheduling")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class JobsRestController {

    private final SolvingJobs jobs;

    JobsRestController(SolvingJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(path = "/problems", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Solve a scheduling problem in the background (managers, admins)",
            description = "Takes a problem in the JSON format of scheduling/README.md and answers 202 with the job "
                    + "(QUEUED or already SOLVING) and its Location; follow it with GET until it is SOLVED, STOPPED "
                    + "or FAILED. A bad problem never becomes a job: 400 problem+json naming every faulty field by "
                    + "its path (days[0].required, shiftTypes[1].breaks[0].latestStartOffsetMinutes, agents[3].contract;"
                    + " the empty path is the whole body), in the caller's language. 409 when the caller already has "
                    + "5 jobs waiting or being solved; 403 for other roles.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = ProblemDoc.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "example",
                                                            summary = "The README's example",
                                                            value = ProblemSchemas.EXAMPLE))))
    @ApiResponse(
            responseCode = "202",
            description = "The job, waiting or being solved; Location says where to follow it",
            content = @Content(schema = @Schema(implementation = JobResponse.class)))
    @ApiResponse(
            responseCode = "400",
            description = "A bad problem, every faulty field named",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<JobResponse> submit(HttpServletRequest request) {
        Problem problem;
        try {
            problem = ProblemIntake.read(request.getInputStream());
        } catch (IOException e) {
            throw InvalidInput.of("", "scheduling.problem.malformed-json");
        }
        SolvingJob job = jobs.submit(problem);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/scheduling/jobs/" + job.id()))
                .body(JobResponse.of(job));
    }

    @GetMapping("/jobs/{id}")
    @Operation(
            summary = "A solving job: its status, the best answer so far and the checker's verdict",
            description = "Any node answers. 404 for a job that does not exist, was deleted (a day after it "
                    + "finished) or is someone else's (admins see every job).")
    JobResponse one(@PathVariable UUID id) {
        return JobResponse.of(jobs.get(id));
    }

    @DeleteMapping("/jobs/{id}")
    @Operation(
            summary = "Stop a solving job",
            description = "202 while the node solving it stops it (within a second or so, keeping the best answer "
                    + "found, status STOPPED); 200 when it has ended already: a waiting job stops at once, and "
                    + "stopping a finished job changes nothing, so repeating the request is harmless. 404 as for GET.")
    @ApiResponse(
            responseCode = "202",
            description = "Being stopped",
            content = @Content(schema = @Schema(implementation = JobResponse.class)))
    @ApiResponse(
            responseCode = "200",
            description = "Ended",
            content = @Content(schema = @Schema(implementation = JobResponse.class)))
    ResponseEntity<JobResponse> stop(@PathVariable UUID id) {
        SolvingJob job = jobs.stop(id);
        return ResponseEntity.status(job.status().isFinished() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(JobResponse.of(job));
    }
}
