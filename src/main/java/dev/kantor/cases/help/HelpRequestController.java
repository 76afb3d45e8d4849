package dev.kantor.cases.help;

import java.util.Optional;
import java.util.function.Supplier;

import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.people.People;
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

/**
 * Asking for a manager's help from the case page, and a manager saying help was given (from the
 * case page or the complaints board). The case page loads the help panel on its own, so that it
 * shows whom the owner asked, why, and who is coming.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class HelpRequestController {

    /** The case's help request as its panel shows it. */
    record Panel(
            long caseId,
            int caseVersion,
            boolean closed,
            HelpRequest latest,
            String askedBy,
            String asked,
            String steppingIn,
            boolean mayStepIn) {

        public boolean open() {
            return latest != null && latest.open();
        }
    }

    private final StepIns stepIns;
    private final Cases cases;
    private final People people;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;

    HelpRequestController(
            StepIns stepIns, Cases cases, People people, MessageSource messages, FieldProblems fieldProblems) {
        this.stepIns = stepIns;
        this.cases = cases;
        this.people = people;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
    }

    @GetMapping("/cases/{id}/help")
    String panel(@PathVariable long id, Model model) {
        CustomerCase c = cases.findById(id).orElseThrow(() -> KantorException.notFound("error.case-not-found", id));
        Optional<HelpRequest> latest = stepIns.latest(id);
        Long me = CurrentUser.get().map(KantorUser::employeeId).orElse(null);
        model.addAttribute(
                "help",
                new Panel(
                        id,
                        c.getVersion(),
                        c.getStatus() == dev.kantor.cases.CaseStatus.CLOSED,
                        latest.orElse(null),
                        latest.map(r -> name(r.getRequestedBy())).orElse(null),
                        latest.map(HelpRequest::getManagerId).map(this::name).orElse(null),
                        latest.map(HelpRequest::getResolvedBy).map(this::name).orElse(null),
                        me != null
                                && latest.filter(HelpRequest::open)
                                        .filter(r -> stepIns.mayStepIn(me, r))
                                        .isPresent()));
        return "cases/help :: panel";
    }

    @PostMapping("/cases/{id}/help")
    String ask(
            @PathVariable long id,
            @RequestParam(required = false) String why,
            @RequestParam int version,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            stepIns.ask(id, why, version);
            return text("cases.help-asked");
        });
    }

    @PostMapping("/cases/{id}/help/given")
    String given(@PathVariable long id, @RequestParam(defaultValue = "case") String back, RedirectAttributes redirect) {
        String page = act(id, redirect, () -> {
            HelpRequest closed = stepIns.give(id);
            return text("help.given.done", name(closed.getRequestedBy()));
        });
        return "board".equals(back) ? "redirect:/complaints" : page;
    }

    private String act(long id, RedirectAttributes redirect, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("success", change.get());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("failure", fieldProblems.of(e, field -> "cases.field." + field));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", text("error.concurrent-change"));
        }
        return "redirect:/cases/" + id;
    }

    private String name(long employeeId) {
        return people.nameOf(employeeId).orElse("#" + employeeId);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
