package dev.kantor.cases.web;

import java.util.Map;
import java.util.function.Supplier;

import dev.kantor.cases.CaseFilter;
import dev.kantor.cases.CaseIntake;
import dev.kantor.cases.CaseQueries;
import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.CustomerCase;
import dev.kantor.cases.CaseWork;
import dev.kantor.cases.NoAuthority;
import dev.kantor.cases.Priority;
import dev.kantor.cases.PrivateLinks;
import dev.kantor.cases.ProposalOutcome;
import dev.kantor.cases.ResolutionType;
import dev.kantor.cases.Resolutions;
import dev.kantor.cases.SlaState;
import dev.kantor.routing.TopicCatalogue;
import dev.kantor.people.People;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.web.EnumParameters;
import dev.kantor.platform.web.FieldProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case queue, logging walk-ins and calls, and working a case: for everyone who serves customers. */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class CaseController {

    private final CaseQueries queries;
    private final CaseIntake intake;
    private final CaseWork work;
    private final Resolutions resolutions;
    private final People people;
    private final dev.kantor.cases.SlaTargets targets;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;

    private final TopicCatalogue topics;
    private final PrivateLinks privateLinks;

    CaseController(CaseQueries queries, CaseIntake intake, CaseWork work, Resolutions resolutions, People people,
            dev.kantor.cases.SlaTargets targets, MessageSource messages, FieldProblems fieldProblems, TopicCatalogue topics,
            PrivateLinks privateLinks) {
        this.topics = topics;
        this.privateLinks = privateLinks;
        this.queries = queries;
        this.intake = intake;
        this.work = work;
        this.resolutions = resolutions;
        this.people = people;
        this.targets = targets;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
    }

    @GetMapping("/cases")
    String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String priority,
            @RequestParam(required = false) String topic, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String type, @RequestParam(required = false) String sla,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        CaseStatus statusFilter = EnumParameters.parse(CaseStatus.class, status);
        CaseFilter filter = new CaseFilter(statusFilter, EnumParameters.parse(Priority.class, priority),
                topics.isKnown(topic) ? topic : null, EnumParameters.parse(Channel.class, channel),
                EnumParameters.parse(CaseType.class, type), EnumParameters.parse(SlaState.class, sla), owner, me(),
                statusFilter == null || !statusFilter.done(), q, 300);
        model.addAttribute("cases", queries.queue(filter));
        model.addAttribute("filter", filter);
        addChoices(model);
        return htmx != null ? "cases/queue :: results" : "cases/queue";
    }

    /** The service targets every case is measured against, so that everyone knows the promise. */
    @GetMapping("/service-targets")
    String serviceTargets(Model model) {
        model.addAttribute("targets", targets.all());
        model.addAttribute("types", CaseType.values());
        model.addAttribute("priorities", Priority.values());
        return "cases/targets";
    }

    /** Managers and admins change one kind of case's targets, in business hours. */
    @PostMapping("/service-targets")
    String changeServiceTarget(@RequestParam String type, @RequestParam String priority,
            @RequestParam(required = false) Double firstResponseHours, @RequestParam(required = false) Double resolutionHours,
            @RequestParam int version, RedirectAttributes redirect) {
        try {
            targets.change(EnumParameters.parse(CaseType.class, type), EnumParameters.parse(Priority.class, priority),
                    hours(firstResponseHours), hours(resolutionHours), version);
            redirect.addFlashAttribute("success", text("targets.saved"));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("failure", e.problems().stream()
                    .map(p -> text(p.messageKey(), p.args().toArray())).distinct()
                    .collect(java.util.stream.Collectors.joining(" ")));
        } catch (KantorException e) {
            if (e.kind() == KantorException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/service-targets";
    }

    private static java.time.Duration hours(Double hours) {
        // beyond ten thousand hours either way is no service target, and would overflow a Duration
        return hours == null || hours.isNaN() || hours.isInfinite() || Math.abs(hours) > 10_000 ? null
                : java.time.Duration.ofMinutes(Math.round(hours * 60));
    }

    @GetMapping("/cases/new")
    String initCreationForm(Model model) {
        model.addAttribute("form", new CaseForm());
        addChoices(model);
        return "cases/new";
    }

    /** Customers matching what was typed, so that a returning customer is found rather than entered again. */
    @GetMapping("/cases/customers")
    String findCustomers(@RequestParam(required = false) String find, Model model) {
        model.addAttribute("matches", queries.findCustomers(find));
        model.addAttribute("searched", find != null && find.strip().length() >= 2);
        return "cases/new :: matches";
    }

    @PostMapping("/cases/new")
    String processCreationForm(@ModelAttribute("form") CaseForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        addChoices(model);
        if (result.hasErrors()) {
            return "cases/new";
        }
        try {
            CustomerCase opened = intake.open(form.newCase(), me()).customerCase();
            redirect.addFlashAttribute("success", text("cases.opened", opened.getReference()));
            return "redirect:/cases/" + opened.getId();
        } catch (InvalidInput e) {
            for (FieldProblem p : e.problems()) {
                result.rejectValue(p.field(), p.messageKey(), p.args().toArray(), p.messageKey());
            }
            return "cases/new";
        }
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable long id, Model model) {
        var detail = queries.detail(id).orElseThrow(() -> KantorException.notFound("error.case-not-found", id));
        model.addAttribute("detail", detail);
        model.addAttribute("c", detail.customerCase());
        model.addAttribute("staff", people.activeEmployees());
        model.addAttribute("statuses", CaseStatus.CHOSEN_BY_HAND);
        model.addAttribute("resolutionTypes", ResolutionType.values());
        EmployeeNames names = new EmployeeNames(queries);
        model.addAttribute("names", names);
        model.addAttribute("timeline", TimelineLines.of(detail.timeline(), messages, LocaleContextHolder.getLocale(),
                names::of));
        model.addAttribute("privateLink", privateLinks.of(detail.customerCase()));
        model.addAttribute("me", me());
        return "cases/detail";
    }

    @PostMapping("/cases/{id}/take")
    String take(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, "cases.taken", () -> work.take(id, version));
    }

    @PostMapping("/cases/{id}/owner")
    String assign(@PathVariable long id, @RequestParam(required = false) Long ownerId, @RequestParam int version,
            RedirectAttributes redirect) {
        if (ownerId == null) {
            redirect.addFlashAttribute("failure", text("cases.choose-owner"));
            return "redirect:/cases/" + id;
        }
        return act(id, redirect, "cases.assigned", () -> work.assign(id, ownerId, version));
    }

    @PostMapping("/cases/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "false") boolean waitForCustomer, @RequestParam int version,
            RedirectAttributes redirect) {
        return act(id, redirect, "cases.replied", () -> work.reply(id, text, waitForCustomer, version));
    }

    @PostMapping("/cases/{id}/note")
    String note(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return act(id, redirect, "cases.noted", () -> {
            work.note(id, text);
            return null;
        });
    }

    @PostMapping("/cases/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) String status, @RequestParam int version,
            RedirectAttributes redirect) {
        return act(id, redirect, "cases.status-changed",
                () -> work.changeStatus(id, EnumParameters.parse(CaseStatus.class, status), version));
    }

    @PostMapping("/cases/{id}/help")
    String askForHelp(@PathVariable long id, @RequestParam(required = false) String why, @RequestParam int version,
            RedirectAttributes redirect) {
        return act(id, redirect, "cases.help-asked", () -> work.askForHelp(id, why, version));
    }

    /** Proposes a resolution: done at once within authority, otherwise sent to whoever can approve. */
    @PostMapping("/cases/{id}/resolution")
    String propose(@PathVariable long id, @RequestParam(required = false) String type,
            @RequestParam(required = false) Long amount, @RequestParam(required = false) String note,
            @RequestParam int version, @RequestParam(defaultValue = "false") boolean requestApproval,
            RedirectAttributes redirect) {
        ResolutionType resolutionType = EnumParameters.parse(ResolutionType.class, type);
        try {
            ProposalOutcome outcome = resolutions.propose(id, resolutionType, amount, note, version, requestApproval);
            redirect.addFlashAttribute("success", outcome.carriedOut()
                    ? text("cases.resolution-carried-out")
                    : text("cases.resolution-sent", outcome.approverName()));
        } catch (NoAuthority e) {
            // never a bare "not allowed": say who can approve and offer to send it to them
            redirect.addFlashAttribute("noAuthority", Map.of("type", resolutionType.name(), "amount", amount,
                    "note", note == null ? "" : note, "approver", e.approverName()));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("failure", problems(e));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", text("error.concurrent-change"));
        }
        return "redirect:/cases/" + id;
    }

    private String act(long id, RedirectAttributes redirect, String successKey, Supplier<Object> change) {
        try {
            change.get();
            redirect.addFlashAttribute("success", text(successKey));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("failure", problems(e));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", text("error.concurrent-change"));
        }
        return "redirect:/cases/" + id;
    }

    private String problems(InvalidInput e) {
        return fieldProblems.of(e, field -> "cases.field." + field);
    }

    private void addChoices(Model model) {
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("topics", topics.codes());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("types", CaseType.values());
        model.addAttribute("slaStates", SlaState.values());
    }

    private static Long me() {
        return CurrentUser.get().map(KantorUser::employeeId).orElse(null);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** Names of employees on the timeline, looked up once each. */
    static final class EmployeeNames {
        private final CaseQueries queries;
        private final java.util.Map<Long, String> names = new java.util.HashMap<>();

        EmployeeNames(CaseQueries queries) {
            this.queries = queries;
        }

        public String of(Long id) {
            return id == null ? null : names.computeIfAbsent(id, queries::employeeName);
        }
    }
}
