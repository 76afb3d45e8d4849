package dev.kantor.cases.work;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.help.HelpRequest;
import dev.kantor.cases.help.StepIns;
import dev.kantor.cases.resolution.VisibleApprovals;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The manager's complaints board: open complaints by severity and age, service targets breached
 * or nearly so, requests waiting for approval (as many as the approvals page lists), and staff who
 * asked for help, with why, whom they asked, and "help given" for a manager above them.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class ComplaintsBoardController {

    /** Someone asking for help, as the board shows them. */
    record HelpLine(
            long id,
            String reference,
            String subject,
            String ownerName,
            String asked,
            String reason,
            Instant since,
            boolean mayStepIn) {}

    private final CaseQueries queries;
    private final VisibleApprovals approvals;
    private final StepIns stepIns;
    private final java.time.Clock clock;

    ComplaintsBoardController(CaseQueries queries, VisibleApprovals approvals, StepIns stepIns, java.time.Clock clock) {
        this.queries = queries;
        this.approvals = approvals;
        this.stepIns = stepIns;
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
        Long me = CurrentUser.get().map(KantorUser::employeeId).orElse(null);
        java.util.Map<Long, CaseSummary> byId = new java.util.HashMap<>();
        open.forEach(c -> byId.put(c.id(), c));
        model.addAttribute(
                "helpRequested",
                stepIns.open().stream()
                        .filter(r -> byId.containsKey(r.getCaseId()))
                        .map(r -> helpLine(r, byId.get(r.getCaseId()), me))
                        .toList());
        // the same query as the approvals page the number links to: the count is its list's length
        model.addAttribute("pending", approvals.current().total());
        model.addAttribute("now", now);
        model.addAttribute("ages", new Ages(now));
        return "cases/complaints";
    }

    private HelpLine helpLine(HelpRequest r, CaseSummary c, Long me) {
        return new HelpLine(
                c.id(),
                c.reference(),
                c.subject(),
                queries.employeeName(r.getRequestedBy()),
                r.getManagerId() == null ? null : queries.employeeName(r.getManagerId()),
                r.getReason(),
                r.getRequestedAt(),
                me != null && stepIns.mayStepIn(me, r));
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
