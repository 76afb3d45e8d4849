package dev.kantor.floor.breaks;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.kantor.floor.breaks.BreakWindows.NextBreak;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.web.Times;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The break button in the menu bar and the page it opens: the next break, "May I take my break now?",
 * the answer with "Take it now" or "Take it at 10:45", and "I'm back". Only ever the reader's own break.
 */
@Controller
class BreakController {

    private final Breaks breaks;
    private final WorkQueues queues;
    private final Times times;
    private final MessageSource messages;
    private final Clock clock;

    BreakController(Breaks breaks, WorkQueues queues, Times times, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.breaks = breaks;
        this.queues = queues;
        this.times = times;
        this.messages = messages;
    }

    /** The menu bar's button, asked for by htmx every minute: nothing unless a break is due or under way. */
    @GetMapping("/floor/breaks/button")
    String button(Model model) {
        Optional<Long> me = CurrentUser.get().map(KantorUser::employeeId);
        if (me.isPresent()) {
            Optional<TakenBreak> current = breaks.current(me.get());
            if (current.isPresent()) {
                model.addAttribute("backAt", times.time(current.get().endsAt()));
            } else {
                breaks.next(me.get())
                        .filter(next -> next.due(clock.instant()))
                        .ifPresent(next -> model.addAttribute("dueAt", times.time(next.expectedStart())));
            }
        }
        return "floor/breaks/button :: button";
    }

    @GetMapping("/floor/breaks")
    String page(Model model) {
        long me = CurrentUser.employeeId(BreaksRestController.NO_EMPLOYEE);
        Optional<TakenBreak> current = breaks.current(me);
        current.ifPresent(taken -> model.addAttribute("current", taken));
        if (current.isEmpty()) {
            breaks.next(me).ifPresent(next -> showNext(next, model));
        }
        return "floor/breaks/break";
    }

    @PostMapping("/floor/breaks/ask")
    String ask(@RequestParam(required = false) Instant start, Model model) {
        long me = CurrentUser.employeeId(BreaksRestController.NO_EMPLOYEE);
        Breaks.Outcome outcome = breaks.ask(me, start);
        showAnswer(outcome, model);
        breaks.next(me).ifPresent(next -> showNext(next, model));
        return "floor/breaks/break";
    }

    @PostMapping("/floor/breaks/{id}/start")
    String start(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(
                () -> breaks.start(id, CurrentUser.employeeId(BreaksRestController.NO_EMPLOYEE), version),
                "floor.breaks.started",
                redirect);
    }

    @PostMapping("/floor/breaks/{id}/end")
    String end(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(
                () -> breaks.end(id, CurrentUser.employeeId(BreaksRestController.NO_EMPLOYEE), version),
                "floor.breaks.ended",
                redirect);
    }

    private String act(java.util.function.Supplier<TakenBreak> action, String done, RedirectAttributes redirect) {
        try {
            action.get();
            redirect.addFlashAttribute("success", text(done));
        } catch (KantorException e) {
            if (e.kind() == KantorException.Kind.FORBIDDEN || e.kind() == KantorException.Kind.NOT_FOUND) {
                throw e;
            }
            // a stale page or a slot taken meanwhile: say so on the page, where the agent can ask again
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/floor/breaks";
    }

    private void showNext(NextBreak next, Model model) {
        model.addAttribute("next", next);
        model.addAttribute(
                "window",
                new Shown(
                        times.time(next.window().plannedStart()),
                        times.time(next.window().plannedEnd()),
                        times.time(next.window().earliestStart()),
                        times.time(next.window().latestStart()),
                        next.agreed() == null ? null : times.time(next.agreed().startsAt())));
    }

    private void showAnswer(Breaks.Outcome outcome, Model model) {
        BreakAnswer answer = outcome.answer();
        String queue = queues.find(answer.window().queueId())
                .map(QueueSummary::name)
                .orElseGet(() -> text("floor.breaks.the-queue"));
        String start = times.time(answer.start());
        String end = times.time(answer.end());
        String text =
                switch (answer.verdict()) {
                    case YES -> text("floor.breaks.answer.yes", end);
                    case LATER ->
                        text(
                                "floor.breaks.answer.later",
                                queue,
                                answer.shortBy(),
                                times.time(answer.shortFrom()),
                                start);
                    case NONE ->
                        text(
                                "floor.breaks.answer.none",
                                times.time(answer.window().earliestStart()),
                                times.time(answer.window().latestStart()),
                                queue,
                                start,
                                answer.shortBy(),
                                times.time(answer.shortFrom()));
                };
        model.addAttribute("answer", answer);
        model.addAttribute("answerText", text);
        model.addAttribute("agreed", outcome.agreed());
        model.addAttribute("offeredAt", start);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The next break's times as the page shows them. */
    record Shown(String plannedStart, String plannedEnd, String earliest, String latest, String agreedAt) {}
}
