package dev.kantor.cases.resolution;

import java.util.List;

import dev.kantor.cases.work.CaseQueries;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
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

/** The approvals inbox: requests above someone's authority that wait for me to decide. */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class ApprovalController {

    /** A request with the names and case a person needs to decide on it. */
    record Request(ResolutionAction action, String proposer, String caseReference, String caseSubject, String amount) {}

    private final Resolutions resolutions;
    private final CaseQueries queries;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;

    ApprovalController(
            Resolutions resolutions, CaseQueries queries, MessageSource messages, FieldProblems fieldProblems) {
        this.resolutions = resolutions;
        this.queries = queries;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
    }

    @GetMapping("/approvals")
    String inbox(Model model) {
        // an account that is nobody's has nothing waiting for it
        Long me = CurrentUser.get().map(KantorUser::employeeId).orElse(null);
        List<ResolutionAction> waiting = me == null ? List.of() : resolutions.waitingFor(me);
        model.addAttribute(
                "requests",
                waiting.stream()
                        .map(a -> {
                            var detail = queries.detail(a.getCaseId()).orElseThrow();
                            return new Request(
                                    a,
                                    queries.employeeName(a.getProposedBy()),
                                    detail.customerCase().getReference(),
                                    detail.customerCase().getSubject(),
                                    Rupiah.format(a.getAmount()));
                        })
                        .toList());
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

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
