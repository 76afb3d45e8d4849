package dev.kantor.cases.resolution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.kantor.cases.work.CaseQueries;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.FieldProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approvals page: requests above someone's authority waiting for me to decide, those waiting on
 * the people below me (mine to decide too), and for admins every other one, with who it waits on,
 * whether they are there, and whether it stalled with nobody present above.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class ApprovalController {

    /** Someone an admin may send a request to: above its approver, with authority that covers it. */
    record Candidate(long id, String name) {}

    /** A request with the names and case a person needs to decide on it. */
    record Request(
            ResolutionAction action,
            String proposer,
            String caseReference,
            String caseSubject,
            String amount,
            String waitingOn,
            Absence absence,
            List<Candidate> sendTo) {

        public boolean stalled() {
            return action.getStalledAt() != null;
        }
    }

    private final Resolutions resolutions;
    private final VisibleApprovals visible;
    private final CaseQueries queries;
    private final Staff staff;
    private final StaffAttendance attendance;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;

    ApprovalController(
            Resolutions resolutions,
            VisibleApprovals visible,
            CaseQueries queries,
            Staff staff,
            StaffAttendance attendance,
            MessageSource messages,
            FieldProblems fieldProblems) {
        this.resolutions = resolutions;
        this.visible = visible;
        this.queries = queries;
        this.staff = staff;
        this.attendance = attendance;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
    }

    @GetMapping("/approvals")
    String inbox(Model model) {
        VisibleApprovals.InView view = visible.current();
        model.addAttribute(
                "requests", view.mine().stream().map(a -> request(a, false)).toList());
        model.addAttribute(
                "below", view.below().stream().map(a -> request(a, false)).toList());
        model.addAttribute(
                "others", view.others().stream().map(a -> request(a, true)).toList());
        model.addAttribute("total", view.total());
        return "cases/approvals";
    }

    @PostMapping("/approvals/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        try {
            ProposalOutcome outcome = resolutions.approve(id);
            redirect.addFlashAttribute(
                    "success",
                    outcome.carriedOut()
                            ? text("approvals.approved")
                            : text("approvals.passed-on", outcome.approverName()));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", text("error.concurrent-change"));
        }
        return "redirect:/approvals";
    }

    @PostMapping("/approvals/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            resolutions.reject(id, reason);
            redirect.addFlashAttribute("success", text("approvals.rejected"));
        } catch (InvalidInput e) {
            // a missing reason asks for one; a reason too long or that cannot be stored says so
            boolean missing = e.problems().stream().anyMatch(p -> p.messageKey().equals("validation.required"));
            redirect.addFlashAttribute(
                    "failure",
                    missing ? text("approvals.reason-required") : fieldProblems.of(e, field -> "approvals." + field));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", text("error.concurrent-change"));
        }
        return "redirect:/approvals";
    }

    /** An admin sends a waiting request to someone who may decide it. */
    @PostMapping("/approvals/{id}/send")
    @PreAuthorize("hasRole('ADMIN')")
    String send(@PathVariable long id, @RequestParam(required = false) Long employeeId, RedirectAttributes redirect) {
        try {
            ResolutionAction sent = resolutions.sendTo(id, employeeId);
            redirect.addFlashAttribute("success", text("approvals.sent", staff.name(sent.getApproverId())));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("failure", fieldProblems.of(e, field -> "approvals." + field));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", text("error.concurrent-change"));
        }
        return "redirect:/approvals";
    }

    private Request request(ResolutionAction a, boolean withCandidates) {
        var detail = queries.detail(a.getCaseId()).orElseThrow();
        Long approver = a.getApproverId();
        return new Request(
                a,
                queries.employeeName(a.getProposedBy()),
                detail.customerCase().getReference(),
                detail.customerCase().getSubject(),
                Rupiah.format(a.getAmount()),
                approver == null ? null : queries.employeeName(approver),
                approver == null ? null : attendance.absence(approver).orElse(null),
                withCandidates ? candidates(a) : List.of());
    }

    /** Everyone above the approver whose authority covers the request, nearest first. */
    private List<Candidate> candidates(ResolutionAction a) {
        List<Candidate> found = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Optional<Long> up = a.getApproverId() == null ? Optional.empty() : staff.managerOf(a.getApproverId());
        while (up.isPresent() && seen.add(up.get()) && seen.size() < 100) {
            long manager = up.get();
            if (manager != a.getProposedBy()
                    && Authority.preview(manager, a.getType(), a.getAmount(), staff) == AuthorityCheck.WITHIN) {
                found.add(new Candidate(manager, staff.name(manager)));
            }
            up = staff.managerOf(manager);
        }
        return found;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
