package dev.kantor.cases.work;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.ResolutionType;
import dev.kantor.cases.portal.PrivateLinks;
import dev.kantor.people.People;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Working a case (reply, note, status, owner, asking for help): for everyone who serves customers.
 * The queue is beside it ({@code CaseQueueController}); logging a contact and proposing a resolution
 * are beside intake and resolutions.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class CaseController {

    private final CaseQueries queries;
    private final CaseWork work;
    private final People people;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;
    private final PrivateLinks privateLinks;

    CaseController(
            CaseQueries queries,
            CaseWork work,
            People people,
            MessageSource messages,
            FieldProblems fieldProblems,
            PrivateLinks privateLinks) {
        this.queries = queries;
        this.work = work;
        this.people = people;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
        this.privateLinks = privateLinks;
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
        model.addAttribute(
                "timeline", TimelineLines.of(detail.timeline(), messages, LocaleContextHolder.getLocale(), names::of));
        model.addAttribute("privateLink", privateLinks.of(detail.customerCase()));
        model.addAttribute("me", viewer());
        return "cases/detail";
    }

    @PostMapping("/cases/{id}/take")
    String take(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, "cases.taken", () -> work.take(id, version));
    }

    @PostMapping("/cases/{id}/owner")
    String assign(
            @PathVariable long id,
            @RequestParam(required = false) Long ownerId,
            @RequestParam int version,
            RedirectAttributes redirect) {
        if (ownerId == null) {
            redirect.addFlashAttribute("failure", text("cases.choose-owner"));
            return "redirect:/cases/" + id;
        }
        return act(id, redirect, "cases.assigned", () -> work.assign(id, ownerId, version));
    }

    @PostMapping("/cases/{id}/reply")
    String reply(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "false") boolean waitForCustomer,
            @RequestParam int version,
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
    String status(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam int version,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "cases.status-changed",
                () -> work.changeStatus(id, EnumParameters.parse(CaseStatus.class, status), version));
    }

    @PostMapping("/cases/{id}/help")
    String askForHelp(
            @PathVariable long id,
            @RequestParam(required = false) String why,
            @RequestParam int version,
            RedirectAttributes redirect) {
        return act(id, redirect, "cases.help-asked", () -> work.askForHelp(id, why, version));
    }

    /**
     * A change from one of the case page's small forms, answered on the case page: what went wrong
     * is said above it, each problem after the label of its field.
     */
    private String act(long id, RedirectAttributes redirect, String successKey, Supplier<Object> change) {
        try {
            change.get();
            redirect.addFlashAttribute("success", text(successKey));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("failure", fieldProblems.of(e, field -> "cases.field." + field));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", text("error.concurrent-change"));
        }
        return "redirect:/cases/" + id;
    }

    /** The signed-in employee, for "mine" and the take button; an account that is nobody's sees every case. */
    private static Long viewer() {
        return CurrentUser.get().map(KantorUser::employeeId).orElse(null);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** Names of employees on the timeline, looked up once each. */
    static final class EmployeeNames {
        private final CaseQueries queries;
        private final Map<Long, String> names = new HashMap<>();

        EmployeeNames(CaseQueries queries) {
            this.queries = queries;
        }

        public String of(Long id) {
            return id == null ? null : names.computeIfAbsent(id, queries::employeeName);
        }
    }
}
