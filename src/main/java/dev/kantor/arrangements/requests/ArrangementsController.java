package dev.kantor.arrangements.requests;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.arrangements.NewArrangement;
import dev.kantor.arrangements.coverage.CoverageCheck;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.web.FormBinding;
import dev.kantor.platform.web.FormProblems;
import dev.kantor.policies.ArrangementKind;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work arrangements pages: what the policy allows the reader, the request form, their own arrangements, those
 * of their reports waiting on them (everyone's for HR and admins), and one arrangement with the coverage check and
 * the decision.
 */
@Controller
class ArrangementsController {

    /**
     * The request form; dates as typed (ISO dates separated by commas or spaces). The same form changes a waiting
     * request ({@code changing}, at {@code version}) and asks to change an approved one ({@code replacing}).
     */
    record ArrangementForm(
            ArrangementKind kind,
            LocalDate validFrom,
            LocalDate validUntil,
            LocalTime earliestStart,
            LocalTime latestEnd,
            List<DayOfWeek> weekdays,
            String dates,
            String note,
            Long changing,
            Integer version,
            Long replacing) {

        /** The form filled with an arrangement's terms. */
        static ArrangementForm of(Arrangement a, Long changing, Integer version, Long replacing) {
            return new ArrangementForm(
                    a.kind(),
                    a.dates().isEmpty() ? a.validFrom() : null,
                    a.dates().isEmpty() ? a.validUntil() : null,
                    a.earliestStart(),
                    a.latestEnd(),
                    List.copyOf(new java.util.TreeSet<>(a.weekdays())),
                    String.join(
                            ", ", a.dates().stream().map(LocalDate::toString).toList()),
                    a.note(),
                    changing,
                    version,
                    replacing);
        }

        NewArrangement request(List<LocalDate> dates) {
            return new NewArrangement(
                    kind,
                    validFrom,
                    validUntil,
                    earliestStart,
                    latestEnd,
                    weekdays == null ? Set.of() : Set.copyOf(weekdays),
                    dates,
                    note);
        }
    }

    /** Approving or declining: the version read, a reason, and the override of the coverage check. */
    record DecisionForm(Integer version, String reason, String overrideReason) {}

    private final Arrangements arrangements;
    private final WorkQueues queues;
    private final MessageSource messages;

    ArrangementsController(Arrangements arrangements, WorkQueues queues, MessageSource messages) {
        this.arrangements = arrangements;
        this.queues = queues;
        this.messages = messages;
    }

    @GetMapping("/arrangements")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new ArrangementForm(
                            ArrangementKind.TELEWORK,
                            arrangements.today().plusDays(1),
                            null,
                            LocalTime.of(8, 0),
                            LocalTime.of(17, 0),
                            List.of(),
                            "",
                            "",
                            null,
                            null,
                            null));
        }
        return listPage(model);
    }

    /** The form to change one's own request while it waits on the manager. */
    @GetMapping("/arrangements/{id}/change")
    String changeForm(@PathVariable long id, Model model) {
        Arrangements.View view = arrangements.view(id);
        if (!view.may().change()) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "arrangements.change.not-pending");
        }
        Arrangement a = view.arrangement();
        model.addAttribute("form", ArrangementForm.of(a, a.id(), a.version(), null));
        return listPage(model);
    }

    /**
     * The form to ask for a change of one's own approved arrangement; while a change of it waits already, its page
     * instead, saying so.
     */
    @GetMapping("/arrangements/{id}/ask-again")
    String askAgainForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Arrangements.View view = arrangements.view(id);
        if (!view.may().askAgain()) {
            Optional<Arrangement> waiting = arrangements.waitingChange(id);
            if (waiting.isPresent()) {
                redirect.addFlashAttribute("failure", text("arrangements.ask-again.already-asked"));
                return "redirect:/arrangements/" + waiting.get().id();
            }
            throw new KantorException(KantorException.Kind.FORBIDDEN, "arrangements.ask-again.not-approved");
        }
        model.addAttribute("form", ArrangementForm.of(view.arrangement(), null, null, id));
        return listPage(model);
    }

    @PostMapping("/arrangements")
    String file(
            @ModelAttribute("form") ArrangementForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        BindingResult result = FormBinding.kept(form, binding, model);
        try {
            List<LocalDate> dates = dates(form == null ? null : form.dates());
            if (result.hasErrors()) {
                throw new InvalidInput(List.of());
            }
            Arrangement filed;
            if (form.changing() != null) {
                if (form.version() == null) {
                    throw InvalidInput.of("version", "validation.required");
                }
                filed = arrangements.change(form.changing(), form.version(), form.request(dates));
                redirect.addFlashAttribute("success", text("arrangements.changed"));
            } else if (form.replacing() != null) {
                filed = arrangements.askAgain(form.replacing(), form.request(dates));
                redirect.addFlashAttribute("success", text("arrangements.asked-again"));
            } else {
                filed = arrangements.file(form.request(dates));
                redirect.addFlashAttribute("success", text("arrangements.filed"));
            }
            return "redirect:/arrangements/" + filed.id();
        } catch (KantorException e) {
            if (e.kind() == KantorException.Kind.CONFLICT && form != null && form.changing() != null) {
                redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
                return "redirect:/arrangements/" + form.changing();
            }
            if (e.kind() == KantorException.Kind.CONFLICT && form != null && form.replacing() != null) {
                redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
                return "redirect:/arrangements/" + form.replacing();
            }
            FormProblems.bind(e, result, Map.of());
            response.setStatus(
                    e.kind() == KantorException.Kind.FORBIDDEN
                            ? HttpStatus.FORBIDDEN.value()
                            : HttpStatus.BAD_REQUEST.value());
            return listPage(model);
        }
    }

    @GetMapping("/arrangements/{id}")
    String show(@PathVariable long id, Model model) {
        Arrangements.View view = arrangements.view(id);
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new DecisionForm(view.arrangement().version(), "", ""));
        }
        return detailPage(view, model, null);
    }

    @PostMapping("/arrangements/{id}/approve")
    String approve(
            @PathVariable long id,
            @ModelAttribute("decision") DecisionForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        BindingResult result = FormBinding.kept(form, binding, model);
        try {
            arrangements.approve(id, version(form), form.reason(), form.overrideReason());
            redirect.addFlashAttribute("success", text("arrangements.approved"));
            return "redirect:/arrangements/" + id;
        } catch (CoverageShortfall e) {
            result.rejectValue("overrideReason", e.messageKey(), e.args(), e.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return detailPage(arrangements.view(id), model, e.outcome());
        } catch (KantorException e) {
            return refused(id, e, result, model, response, redirect);
        }
    }

    @PostMapping("/arrangements/{id}/decline")
    String decline(
            @PathVariable long id,
            @ModelAttribute("decision") DecisionForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        BindingResult result = FormBinding.kept(form, binding, model);
        try {
            arrangements.decline(id, version(form), form.reason());
            redirect.addFlashAttribute("success", text("arrangements.declined"));
            return "redirect:/arrangements/" + id;
        } catch (KantorException e) {
            return refused(id, e, result, model, response, redirect);
        }
    }

    @PostMapping("/arrangements/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            arrangements.withdraw(id, version);
            redirect.addFlashAttribute("success", text("arrangements.withdrawn"));
        } catch (KantorException e) {
            if (e.kind() == KantorException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/arrangements/" + id;
    }

    private String refused(
            long id,
            KantorException e,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (e.kind() == KantorException.Kind.NOT_FOUND) {
            throw e;
        }
        if (e.kind() == KantorException.Kind.CONFLICT) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
            return "redirect:/arrangements/" + id;
        }
        FormProblems.bind(e, result, Map.of());
        response.setStatus(
                e.kind() == KantorException.Kind.FORBIDDEN
                        ? HttpStatus.FORBIDDEN.value()
                        : HttpStatus.BAD_REQUEST.value());
        return detailPage(arrangements.view(id), model, null);
    }

    private static int version(DecisionForm form) {
        if (form == null || form.version() == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        return form.version();
    }

    /** Dates as typed, separated by commas or spaces: a date that is none is refused naming the field. */
    static List<LocalDate> dates(String typed) {
        List<LocalDate> dates = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return dates;
        }
        for (String part : typed.strip().split("[,;\\s]+")) {
            try {
                dates.add(LocalDate.parse(part));
            } catch (DateTimeParseException e) {
                throw new InvalidInput(List.of(new FieldProblem("dates", "arrangements.dates-format")));
            }
        }
        return dates;
    }

    private String listPage(Model model) {
        boolean employee = CurrentUser.get().map(KantorUser::employeeId).isPresent();
        boolean hr = CurrentUser.get()
                .map(u -> u.role() == Role.HR || u.role() == Role.ADMIN)
                .orElse(false);
        if (employee) {
            model.addAttribute("telework", arrangements.allowance(ArrangementKind.TELEWORK));
            model.addAttribute("flextime", arrangements.allowance(ArrangementKind.FLEXTIME));
            model.addAttribute("mine", arrangements.list(Arrangements.Whose.MINE, false));
            model.addAttribute("reports", arrangements.list(Arrangements.Whose.REPORTS, false));
        }
        model.addAttribute("everyone", hr ? arrangements.list(Arrangements.Whose.ALL, false) : List.of());
        model.addAttribute("employee", employee);
        model.addAttribute("kinds", ArrangementKind.values());
        model.addAttribute("days", DayOfWeek.values());
        return "arrangements/list";
    }

    private String detailPage(Arrangements.View view, Model model, CoverageCheck.Outcome outcome) {
        model.addAttribute("view", view);
        model.addAttribute(
                "waitingChange",
                arrangements.waitingChange(view.arrangement().id()).orElse(null));
        if (view.may().decide()) {
            model.addAttribute(
                    "coverage",
                    outcome != null
                            ? outcome
                            : arrangements.coverage(view.arrangement().id()));
            Map<Long, String> names = new java.util.HashMap<>();
            queues.all().forEach((QueueSummary q) -> names.put(q.id(), q.name()));
            model.addAttribute("queueNames", names);
        }
        return "arrangements/detail";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
