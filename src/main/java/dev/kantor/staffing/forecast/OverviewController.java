package dev.kantor.staffing.forecast;

import dev.kantor.staffing.history.StoredHistory;
import dev.kantor.staffing.queues.StoredQueues;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staffing overview, for everyone signed in: every queue with its standard, how much history
 * its forecast learns from, and the way to its forecast.
 */
@Controller
class OverviewController {

    private final StoredQueues queues;
    private final StoredHistory history;

    OverviewController(StoredQueues queues, StoredHistory history) {
        this.queues = queues;
        this.history = history;
    }

    @GetMapping("/staffing")
    String overview(Model model) {
        model.addAttribute("queues", queues.all());
        model.addAttribute("coverage", history.coverage());
        return "staffing/overview";
    }
}
