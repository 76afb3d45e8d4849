package dev.kantor.floor.callin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.staffing.WorkQueues;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calling in help: the candidates for a short stretch with a button each that sends an offer
 * (managers and admins), and {@code /floor/offers}, where anyone answers the offers made to them.
 */
@Controller
class CallInController {

    private final CallInCandidates candidates;
    private final CallIns callIns;
    private final WorkQueues queues;
    private final Clock clock;
    private final MessageSource messages;

    CallInController(
            CallInCandidates candidates, CallIns callIns, WorkQueues queues, Clock clock, MessageSource messages) {
        this.candidates = candidates;
        this.callIns = callIns;
        this.queues = queues;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/floor/call-in")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String page(
            @RequestParam(required = false) Long queue,
            @RequestParam(required = false) Long alert,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant until,
            @RequestParam(required = false) Integer needed,
            Model model) {
        if (queue == null) {
            throw InvalidInput.of("queue", "validation.required");
        }
        Instant start = from == null ? clock.instant() : from;
        Instant end = until == null ? start.plus(Duration.ofHours(1)) : until;
        List<CallInCandidate> ranked = candidates.forStretch(queue, start, end);
        model.addAttribute("queue", queues.find(queue).orElseThrow());
        model.addAttribute("alertId", alert);
        model.addAttribute("from", start);
        model.addAttribute("until", end);
        model.addAttribute("needed", needed == null ? 1 : needed);
        model.addAttribute("candidates", ranked);
        return "floor/callin/call-in";
    }

    @PostMapping("/floor/call-in")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String offer(
            @RequestParam(required = false) Long queue,
            @RequestParam(required = false) Long alert,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant until,
            @RequestParam(required = false) Integer needed,
            @RequestParam(required = false) Long employeeId,
            RedirectAttributes redirect) {
        try {
            callIns.offer(queue, from, until, needed, employeeId == null ? List.of() : List.of(employeeId), alert);
            redirect.addFlashAttribute("success", text("floor.callin.offered"));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", problem(e));
        }
        return "redirect:/floor/call-in?queue=" + queue + (alert == null ? "" : "&alert=" + alert)
                + (from == null ? "" : "&from=" + from) + (until == null ? "" : "&until=" + until);
    }

    @GetMapping("/floor/offers")
    @PreAuthorize("isAuthenticated()")
    String offers(Model model) {
        model.addAttribute("offers", callIns.mine());
        model.addAttribute("now", clock.instant());
        return "floor/callin/offers";
    }

    @PostMapping("/floor/offers/{id}/accept")
    @PreAuthorize("isAuthenticated()")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        try {
            callIns.accept(id);
            redirect.addFlashAttribute("success", text("floor.callin.accepted"));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", problem(e));
        }
        return "redirect:/floor/offers";
    }

    @PostMapping("/floor/offers/{id}/decline")
    @PreAuthorize("isAuthenticated()")
    String decline(@PathVariable long id, RedirectAttributes redirect) {
        try {
            callIns.decline(id);
            redirect.addFlashAttribute("success", text("floor.callin.declined"));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", problem(e));
        }
        return "redirect:/floor/offers";
    }

    private String problem(KantorException e) {
        if (e instanceof InvalidInput invalid && !invalid.problems().isEmpty()) {
            var first = invalid.problems().get(0);
            return text(first.messageKey(), first.args().toArray());
        }
        return text(e.messageKey(), e.args());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
