package dev.kantor.routing.presence;

import java.time.Instant;

import dev.kantor.platform.security.CurrentUser;
import dev.kantor.routing.Presence;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own presence through the REST API. */
@RestController
@RequestMapping("/api")
@Tag(name = "Routing")
class PresenceRestController {

    private final PresenceBoard presence;

    PresenceRestController(PresenceBoard presence) {
        this.presence = presence;
    }

    @GetMapping("/presence/me")
    @Operation(summary = "The caller's presence")
    Presence myPresence() {
        return presence.of(CurrentUser.employeeId("routing.no-employee"));
    }

    @PutMapping("/presence/me")
    @Operation(
            summary = "Set the caller's presence",
            description = "expectedBack (ISO instant, in the future) only " + "counts for BUSY, ON_BREAK and AWAY.")
    Presence setPresence(@RequestBody PresenceRequest request) {
        return presence.set(
                CurrentUser.employeeId("routing.no-employee"),
                request.status(),
                request.expectedBack(),
                PresenceSource.MANUAL);
    }

    record PresenceRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PresenceStatus status, Instant expectedBack) {}
}
