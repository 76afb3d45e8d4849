package dev.kantor.routing.handoffs;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** How handoffs went, for managers. */
@Controller
class HandoffFiguresController {

    /** The figures' filter form. */
    record FiguresFilter(int days) {}

    private final HandoffFigures figures;

    HandoffFiguresController(HandoffFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/handoffs/figures")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String figures(@RequestParam(defaultValue = "30") int days, Model model) {
        HandoffFigures.Report report = figures.lastDays(days);
        model.addAttribute("report", report);
        model.addAttribute("filter", new FiguresFilter(report.days()));
        return "routing/figures";
    }
}
