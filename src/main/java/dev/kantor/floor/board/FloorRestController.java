package dev.kantor.floor.board;

import java.time.Clock;

import dev.kantor.floor.FloorBoard;
import dev.kantor.floor.FloorSnapshot;
import dev.kantor.platform.KantorException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The live board through the REST API, as on the board page: front-office managers and admins only;
 * agents, HR and staff are refused with 403.
 */
@RestController
@RequestMapping("/api/floor/board")
@Tag(name = "Live floor")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class FloorRestController {

    private final FloorBoard board;
    private final Clock clock;

    FloorRestController(FloorBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            summary = "Every work queue now and for the rest of the business day",
            description =
                    "Interval by interval: required (staffing), planned (the published shifts), expected (the day "
                            + "as it goes: breaks moved, absences, fill-ins) and, for the interval under way, present (people "
                            + "expected on the queue who have arrived today and are available or busy by their presence; -1 "
                            + "for intervals to come). Per queue, everyone on it today and their state: ON_DUTY, ON_BREAK "
                            + "(with dueBack), LATE (shift under way, not arrived: no sign-in and no presence set by hand "
                            + "today), ABSENT, FILLING_IN or OFF_SHIFT. Managers and admins only.")
    FloorSnapshot snapshot() {
        return board.snapshot(clock.instant());
    }

    @GetMapping("/{queueId}")
    @Operation(
            summary = "One work queue now and for the rest of the business day",
            description = "As in the whole board; 404 when there is no such queue. Managers and admins only.")
    FloorSnapshot.QueueBoard queue(@PathVariable long queueId) {
        return board.queue(queueId, clock.instant())
                .orElseThrow(() -> KantorException.notFound("floor.board.no-queue"));
    }
}
