package dev.kantor.floor.fillin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.floor.alerts.Alert;
import dev.kantor.floor.alerts.Alerts;
import dev.kantor.floor.coverage.IntervalCoverage;
import dev.kantor.floor.coverage.QueueDays;
import dev.kantor.platform.BusinessZone;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.web.Times;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "I'll fill in" page ({@code /floor/fill-in?queue=}): the queue's coverage from now, updated
 * without reload, the manager's choice of until when, and their fill-ins with "end now". Managers and
 * admins, each for themselves.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class FillInController {

    /** How far ahead the page offers to fill in, and shows coverage. */
    private static final Duration AHEAD = Duration.ofHours(4);

    private static final Duration QUARTER = Duration.ofMinutes(15);

    private final FillIns fillIns;
    private final QueueDays days;
    private final WorkQueues queues;
    private final Alerts alerts;
    private final BusinessZone zone;
    private final Clock clock;
    private final MessageSource messages;

    FillInController(
            FillIns fillIns,
            QueueDays days,
            WorkQueues queues,
            Alerts alerts,
            BusinessZone zone,
            Clock clock,
            MessageSource messages) {
        this.fillIns = fillIns;
        this.days = days;
        this.queues = queues;
        this.alerts = alerts;
        this.zone = zone;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/floor/fill-in")
    String page(@RequestParam(required = false) Long queue, @RequestParam(required = false) Long alert, Model model) {
        QueueSummary q = queue(queue);
        Instant now = clock.instant();
        List<Instant> untils = new ArrayList<>();
        long quarter = QUARTER.toSeconds();
        Instant next = Instant.ofEpochSecond((now.getEpochSecond() / quarter + 1) * quarter);
        for (Instant at = next; !at.isAfter(now.plus(AHEAD)); at = at.plus(QUARTER)) {
            untils.add(at);
        }
        Instant proposed = alert == null
                ? untils.get(Math.min(3, untils.size() - 1))
                : alerts.find(alert).map(Alert::endsAt).filter(untils::contains).orElse(untils.get(3));
        long me = CurrentUser.employeeId("floor.fillin.no-employee");
        model.addAttribute("queue", q);
        model.addAttribute("alertId", alert);
        model.addAttribute("untils", untils);
        model.addAttribute("proposed", proposed);
        model.addAttribute(
                "mine",
                fillIns.on(q.id(), now, now.plus(Duration.ofDays(1))).stream()
                        .filter(f -> f.employeeId() == me)
                        .toList());
        coverage(q, model);
        return "floor/fillin/fill-in";
    }

    /** The coverage from now, asked for every few seconds: one queue's day, counted once. */
    @GetMapping("/floor/fill-in/coverage")
    String coverage(@RequestParam(required = false) Long queue, Model model) {
        coverage(queue(queue), model);
        return "floor/fillin/fill-in :: coverage";
    }

    /**
     * Starts a fill-in. From the page's htmx form the answer is the coverage fragment, already
     * counting the manager: the page turns covered without reload. A plain form post redirects.
     */
    @PostMapping("/floor/fill-in")
    String start(
            @RequestParam(required = false) Long queue,
            @RequestParam(required = false) Long alert,
            @RequestParam(required = false) Instant until,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        String message;
        boolean done = false;
        try {
            FillIn fillIn = fillIns.start(queue, null, until, alert);
            message = text("floor.fillin.started", Times.in(zone.zone()).time(fillIn.until()));
            done = true;
        } catch (KantorException e) {
            message = problem(e);
        }
        if (htmx != null && queue != null) {
            model.addAttribute(done ? "success" : "failure", message);
            coverage(queue(queue), model);
            return "floor/fillin/fill-in :: coverage";
        }
        redirect.addFlashAttribute(done ? "success" : "failure", message);
        return "redirect:/floor/fill-in?queue=" + queue + (alert == null ? "" : "&alert=" + alert);
    }

    @PostMapping("/floor/fill-in/{id}/end")
    String end(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        FillIn fillIn = fillIns.get(id);
        try {
            fillIns.end(id, version);
            redirect.addFlashAttribute("success", text("floor.fillin.ended"));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", problem(e));
        }
        return "redirect:/floor/fill-in?queue=" + fillIn.queueId();
    }

    private void coverage(QueueSummary queue, Model model) {
        Instant now = clock.instant();
        List<IntervalCoverage> ahead = days.on(queue.id(), LocalDate.ofInstant(now, zone.zone())).from(now).stream()
                .filter(i -> i.span().start().isBefore(now.plus(AHEAD)))
                .toList();
        model.addAttribute("queue", queue);
        model.addAttribute("intervals", ahead);
        model.addAttribute("covered", ahead.stream().limit(2).noneMatch(IntervalCoverage::isShort));
    }

    private QueueSummary queue(Long queueId) {
        if (queueId == null) {
            throw InvalidInput.of("queue", "validation.required");
        }
        return queues.find(queueId).orElseThrow(() -> KantorException.notFound("floor.fillin.no-queue"));
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
