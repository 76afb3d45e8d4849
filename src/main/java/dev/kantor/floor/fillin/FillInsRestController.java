package dev.kantor.floor.fillin;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * "I'll fill in" through the REST API: managers and admins, each for themselves (there is no employee
 * to name: a fill-in is always the caller's own).
 */
@RestController
@RequestMapping("/api/floor/fill-ins")
@Tag(name = "Live floor")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class FillInsRestController {

    private final FillIns fillIns;
    private final Clock clock;

    FillInsRestController(FillIns fillIns, Clock clock) {
        this.fillIns = fillIns;
        this.clock = clock;
    }

    record FillInRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED) Long queueId,
            @Schema(description = "When to start; now when left out") Instant from,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant until,
            @Schema(description = "The alert answered, if any") Long alertId) {}

    record EndRequest(@Schema(requiredMode = RequiredMode.REQUIRED) Integer version) {}

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(
            summary = "Fill in on a queue",
            description = "The caller joins the queue from now (or from) until until: counted on the floor at "
                    + "once, their presence set available. 201; 400 naming queueId, from or until.")
    ResponseEntity<FillIn> start(@RequestBody FillInRequest request) {
        FillIn fillIn = fillIns.start(request.queueId(), request.from(), request.until(), request.alertId());
        return ResponseEntity.created(URI.create("/api/floor/fill-ins/" + fillIn.id()))
                .body(fillIn);
    }

    @GetMapping
    @Operation(summary = "Fill-ins on a queue today and ahead", description = "Those overlapping the next day.")
    @Sortable({"id"})
    Paged<FillIn> on(@RequestParam(required = false) Long queueId, PageQuery paging) {
        new InputCheck().required("queueId", queueId).throwIfAny();
        Instant now = clock.instant();
        return paging.inMemory(fillIns.on(queueId, now.minus(Duration.ofHours(12)), now.plus(Duration.ofDays(1))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A fill-in")
    FillIn one(@PathVariable long id) {
        return fillIns.get(id);
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "End a fill-in now", description = "Send the version read; 409 when stale or over.")
    FillIn end(@PathVariable long id, @RequestBody EndRequest request) {
        return fillIns.end(id, request.version());
    }
}
