package dev.kantor.routing.helpers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Who can serve each topic right now, for everyone; the page refreshes itself. */
@Controller
class CoverageController {

    private final TopicCoverage coverage;

    CoverageController(TopicCoverage coverage) {
        this.coverage = coverage;
    }

    @GetMapping("/topics/coverage")
    String coverage(Model model) {
        model.addAttribute("lines", coverage.now());
        return "routing/coverage";
    }
}
