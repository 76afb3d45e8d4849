package dev.kantor.floor.alerts;

import java.time.Clock;
import java.time.Duration;

import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Short-staffed alerts through the REST API: managers and admins. */
@RestController
@RequestMapping("/api/floor/alerts")
@Tag(name = "Live floor")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class AlertsRestController {

    private final Alerts alerts;
    private final Clock clock;

    AlertsRestController(Alerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Short-staffed alerts", description = "The open ones first, then those of the last day.")
    @Sortable({"startsAt", "id"})
    Paged<Alert> recent(PageQuery paging) {
        return paging.inMemory(alerts.recent(clock.instant().minus(Duration.ofDays(1))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A short-staffed alert")
    Alert one(@PathVariable long id) {
        return alerts.get(id);
    }

    @PostMapping("/{id}/answer")
    @Operation(
            summary = "Answer an alert",
            description = "The signed-in manager is on it: it is not mailed. Filling in or calling in help answers "
                    + "it too. The first answer counts.")
    Alert answer(@PathVariable long id) {
        return alerts.answer(id, CurrentUser.employeeId("floor.alerts.no-employee"));
    }
}
