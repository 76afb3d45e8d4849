package dev.kantor.platform.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A liveness check for API clients that goes through sign-in and nothing else: it tells a client
 * that Kantor answers and accepts its credentials, without touching any data. It is also the
 * framework's ceiling in the API benchmarks (bench/routing.sh): the cost of an authenticated
 * request that does no work.
 */
@RestController
@Tag(name = "Platform", description = "Checks for API clients")
class PingRestController {

    private static final Map<String, String> OK = Map.of("status", "ok");

    @GetMapping("/api/ping")
    @Operation(
            summary = "Liveness check for API clients",
            description = "Answers {\"status\": \"ok\"} to any "
                    + "signed-in caller: Kantor is up and accepts these credentials (401 when it does not). Exercises "
                    + "authentication only; reads no data. For monitoring without credentials, use /actuator/health.")
    Map<String, String> ping() {
        return OK;
    }
}
