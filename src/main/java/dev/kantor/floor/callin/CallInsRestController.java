package dev.kantor.floor.callin;

import java.time.Instant;
import java.util.List;

import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calling in help through the REST API: managers and admins see the candidates and send offers; the
 * person offered (whoever they are) reads and answers their own offers.
 */
@RestController
@Tag(name = "Live floor")
class CallInsRestController {

    private final CallInCandidates candidates;
    private final CallIns callIns;

    CallInsRestController(CallInCandidates candidates, CallIns callIns) {
        this.candidates = candidates;
        this.callIns = callIns;
    }

    record OfferRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED) Long queueId,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant from,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant until,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "How many people the stretch needs")
                    Integer needed,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<Long> employeeIds,
            Long alertId) {}

    @GetMapping("/api/floor/call-ins/candidates")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Operation(
            summary = "Who could be called in",
            description = "People on the queue's roster not working from-until and not away, best first: the "
                    + "queue's skills, languages, fewest hours this week within their contract.")
    @Sortable({"name", "skillScore"})
    Paged<CallInCandidate> candidates(
            @RequestParam(required = false) Long queueId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant until,
            PageQuery paging) {
        return paging.inMemory(candidates.forStretch(queueId, from, until));
    }

    @PostMapping("/api/floor/call-ins")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Offer a short stretch",
            description = "One offer per person, each told in the app; needed of them can take it. 201.")
    List<CallInOffer> offer(@RequestBody OfferRequest request) {
        return callIns.offer(
                request.queueId(),
                request.from(),
                request.until(),
                request.needed(),
                request.employeeIds(),
                request.alertId());
    }

    @GetMapping("/api/floor/offers")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "My call-in offers", description = "Open ones first.")
    @Sortable({"id"})
    Paged<CallInOffer> mine(PageQuery paging) {
        return paging.inMemory(callIns.mine());
    }

    @PostMapping("/api/floor/offers/{id}/accept")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Accept a call-in offer",
            description = "Only the person offered. 409 when it was answered, ran out, or the places are taken.")
    CallInOffer accept(@PathVariable long id) {
        return callIns.accept(id);
    }

    @PostMapping("/api/floor/offers/{id}/decline")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Decline a call-in offer", description = "Only the person offered.")
    CallInOffer decline(@PathVariable long id) {
        return callIns.decline(id);
    }
}
