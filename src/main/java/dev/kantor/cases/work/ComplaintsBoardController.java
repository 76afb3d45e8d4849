package dev.kantor.cases.work;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.resolution.Resolutions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The manager's complaints board: open complaints by severity and age, service targets breached
 * or nearly so, requests waiting for approval, and staff who asked for help.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class ComplaintsBoardController {

    private final CaseQueries queries;
    private final Resolutions resolutions;
    private final java.time.Clock clock;

    ComplaintsBoardController(CaseQueries queries, Resolutions resolutions, java.time.Clock clock) {
        this.queries = queries;
        this.resolutions = resolutions;
        this.clock = clock;
    }

    @GetMapping("/complaints")
    String board(Model model) {
        List<CaseSummary> open = queries.queue(CaseFilter.openCases());
        Instant now = clock.instant();
        model.addAttribute(
                "complaints",
                open.stream()
                        .filter(c -> c.type() == CaseType.COMPLAINT)
                        .sorted(Comparator.comparing(CaseSummary::priority)
                                .reversed()
                                .thenComparing(CaseSummary::openedAt))
                        .toList());
        model.addAttribute(
                "breached", open.stream().filter(CaseSummary::breached).toList());
        model.addAttribute(
                "nearBreach", open.stream().filter(CaseSummary::nearBreach).toList());
        model.addAttribute(
                "helpRequested",
                open.stream().filter(c -> c.helpRequestedAt() != null).toList());
        model.addAttribute("pending", resolutions.pending().size());
        model.addAttribute("now", now);
        model.addAttribute("ages", new Ages(now));
        return "cases/complaints";
    }

    /** How long ago a case was opened, in whole days and the hours after them: "53 days 13 hours", not "1,285 h". */
    record Ages(Instant now) {
        public long days(Instant since) {
            return Duration.between(since, now).toDays();
        }

        public int hoursOfDay(Instant since) {
            return Duration.between(since, now).toHoursPart();
        }
    }
}
