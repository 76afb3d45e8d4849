package dev.kantor.floor.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kantor.people.People;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The short-staffed alerts pages: the list, and one alert with who is missing and the three answers
 * (on it, "I'll fill in", call in help). Managers and admins.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class AlertsController {

    private final Alerts alerts;
    private final WorkQueues queues;
    private final People people;
    private final Clock clock;

    AlertsController(Alerts alerts, WorkQueues queues, People people, Clock clock) {
        this.alerts = alerts;
        this.queues = queues;
        this.people = people;
        this.clock = clock;
    }

    /** Who is missing, as the page shows it. */
    record Missing(String name, String reason) {}

    @GetMapping("/floor/alerts")
    String list(Model model) {
        model.addAttribute("alerts", alerts.recent(clock.instant().minus(Duration.ofDays(1))));
        model.addAttribute("queueNames", queueNames());
        return "floor/alerts/alerts";
    }

    @GetMapping("/floor/alerts/{id}")
    String alert(@PathVariable long id, Model model) {
        Alert alert = alerts.get(id);
        model.addAttribute("alert", alert);
        model.addAttribute("queueName", queueNames().getOrDefault(alert.queueId(), "#" + alert.queueId()));
        model.addAttribute("missing", missing(alert.cause()));
        return "floor/alerts/alert";
    }

    @PostMapping("/floor/alerts/{id}/answer")
    String answer(@PathVariable long id) {
        alerts.answer(id, CurrentUser.employeeId("floor.alerts.no-employee"));
        return "redirect:/floor/alerts/" + id;
    }

    private Map<Long, String> queueNames() {
        return queues.all().stream().collect(Collectors.toMap(QueueSummary::id, QueueSummary::name));
    }

    private List<Missing> missing(String cause) {
        List<Missing> missing = new ArrayList<>();
        if (cause == null || cause.isBlank()) {
            return missing;
        }
        for (String pair : cause.split(",")) {
            String[] parts = pair.split(":");
            if (parts.length == 2) {
                long employeeId = Long.parseLong(parts[0]);
                missing.add(new Missing(
                        people.nameOf(employeeId).orElse("#" + employeeId), "floor.alerts.reason." + parts[1]));
            }
        }
        return missing;
    }
}
