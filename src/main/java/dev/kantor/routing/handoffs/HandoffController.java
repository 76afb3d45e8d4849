package dev.kantor.routing.handoffs;

import dev.kantor.platform.KantorException;
import dev.kantor.routing.HandoffCases;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One handoff as its sender, its receiver and managers follow it, and the inbox every page polls. */
@Controller
class HandoffController {

    /** The decline form, for the page: why, for the sender, if the receiver says. */
    record DeclineForm(String reason) {}

    private final VisibleHandoffs handoffs;
    private final OfferAnswers answers;
    private final HandoffInbox inbox;
    private final HandoffCases cases;
    private final MessageSource messages;

    HandoffController(
            VisibleHandoffs handoffs,
            OfferAnswers answers,
            HandoffInbox inbox,
            HandoffCases cases,
            MessageSource messages) {
        this.handoffs = handoffs;
        this.answers = answers;
        this.inbox = inbox;
        this.cases = cases;
        this.messages = messages;
    }

    @GetMapping("/handoffs/{id}")
    String show(@PathVariable long id, Model model) {
        Handoff h = handoffs.get(id);
        model.addAttribute("h", h);
        model.addAttribute("c", cases.find(h.getCaseId()).orElseThrow());
        model.addAttribute("decline", new DeclineForm(null));
        return "routing/handoff";
    }

    /** The part of the handoff page that refreshes itself while the offer is open. */
    @GetMapping("/handoffs/{id}/status")
    String status(@PathVariable long id, Model model) {
        show(id, model);
        return "routing/handoff :: status";
    }

    @PostMapping("/handoffs/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Handoff h = answers.accept(id);
            redirect.addFlashAttribute("success", text("routing.handoff.accepted"));
            return "redirect:/cases/" + h.getCaseId();
        } catch (KantorException e) {
            return refused(e, id, redirect);
        }
    }

    @PostMapping("/handoffs/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            answers.decline(id, reason);
            redirect.addFlashAttribute("success", text("routing.handoff.declined"));
            return "redirect:/handoffs/" + id;
        } catch (KantorException e) {
            return refused(e, id, redirect);
        }
    }

    /**
     * Declining from the pop-up on whatever page the reader is on: only the pop-up changes, the page
     * and anything typed on it stay as they were, and what happened is said at the top of the page.
     */
    @PostMapping(value = "/handoffs/{id}/decline", headers = "HX-Request")
    String declineInPlace(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        try {
            answers.decline(id, reason);
            model.addAttribute("answer", text("routing.handoff.declined"));
            model.addAttribute("answerFailed", false);
        } catch (KantorException e) {
            if (e.kind() == KantorException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("answer", text(e.messageKey(), e.args()));
            model.addAttribute("answerFailed", true);
        }
        model.addAttribute("inbox", inbox.mine());
        return "routing/inbox :: answered";
    }

    /** Offers waiting for the reader and their unread alerts; every page asks for it every few seconds. */
    @GetMapping("/handoffs/inbox")
    String inbox(Model model) {
        model.addAttribute("inbox", inbox.mine());
        return "routing/inbox :: inbox";
    }

    @PostMapping("/handoffs/alerts/{alertId}/seen")
    String seen(@PathVariable long alertId, Model model) {
        inbox.dismiss(alertId);
        return inbox(model);
    }

    /** An answer the offer no longer takes: the handoff's page again, saying why. */
    private String refused(KantorException e, long id, RedirectAttributes redirect) {
        if (e.kind() == KantorException.Kind.NOT_FOUND) {
            throw e;
        }
        redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        return "redirect:/handoffs/" + id;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
