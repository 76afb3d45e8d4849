package dev.kantor.cases.resolution;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.cases.Delegation;
import dev.kantor.cases.ResolutionType;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.EnumParameters;
import dev.kantor.platform.web.FieldProblems;
import dev.kantor.platform.web.FormBinding;
import dev.kantor.platform.web.FormProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Delegated authority: admins set it per position or per employee, managers per employee in their
 * reporting line within their own limits, which the page shows them. A refused delegation comes
 * back with what was typed and what is wrong.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class AuthorityController {

    /**
     * The delegation form as typed; strings where a wrong value must still show as typed. Public,
     * with its fields, for the page to bind.
     */
    public record DelegationForm(
            String scope, Long positionId, Long employeeId, String type, Long maxPerAction, Long maxPerDay) {

        static DelegationForm empty(boolean positions) {
            return new DelegationForm(positions ? "POSITION" : "EMPLOYEE", null, null, null, null, null);
        }
    }

    /** One delegation as the list shows it. */
    record Row(Delegation delegation, String who, boolean employee, boolean withdrawable) {}

    private final DelegatedAuthority delegation;
    private final People people;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;

    AuthorityController(
            DelegatedAuthority delegation, People people, MessageSource messages, FieldProblems fieldProblems) {
        this.delegation = delegation;
        this.people = people;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
    }

    @GetMapping("/authority")
    String list(Model model) {
        return page(model, null);
    }

    @PostMapping("/authority")
    String delegate(
            @ModelAttribute("form") DelegationForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        BindingResult result = FormBinding.kept(form, binding, model);
        if (result.hasErrors()) {
            // a value that is no number or no choice, marked at its field as the binding read it
            return refused(model, response, HttpStatus.BAD_REQUEST, form, text("form.has-errors"));
        }
        Delegation.Scope chosen = EnumParameters.parse(Delegation.Scope.class, form.scope());
        // the service's one scopeId is the position or the employee the form chose
        Map<String, String> fields =
                Map.of("scopeId", chosen == Delegation.Scope.POSITION ? "positionId" : "employeeId");
        try {
            Long scopeId = chosen == Delegation.Scope.POSITION ? form.positionId() : form.employeeId();
            delegation.delegate(
                    chosen,
                    scopeId,
                    EnumParameters.parse(ResolutionType.class, form.type()),
                    form.maxPerAction(),
                    form.maxPerDay());
        } catch (InvalidInput e) {
            FormProblems.bind(e, result, fields);
            return refused(
                    model,
                    response,
                    HttpStatus.BAD_REQUEST,
                    form,
                    fieldProblems.of(e, field -> "authority.field." + field));
        } catch (DelegationRefused e) {
            FormProblems.bindUnlessBound(
                    List.of(new FieldProblem(e.field(), e.messageKey(), e.args())), result, fields);
            return refused(
                    model,
                    response,
                    HttpStatus.FORBIDDEN,
                    form,
                    text("authority.field." + e.field()) + ": " + text(e.messageKey(), e.args()));
        } catch (KantorException e) {
            return refused(model, response, HttpStatus.BAD_REQUEST, form, text(e.messageKey(), e.args()));
        } catch (DuplicateKeyException e) {
            // someone saved the same delegation at the same moment
            return refused(model, response, HttpStatus.CONFLICT, form, text("error.concurrent-change"));
        }
        redirect.addFlashAttribute("success", text("authority.saved"));
        return "redirect:/authority";
    }

    /** Asked first in the browser (the form's data-confirm); the rules of reach are the service's. */
    @PostMapping("/authority/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        try {
            delegation.withdraw(id);
            redirect.addFlashAttribute("success", text("authority.withdrawn"));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/authority";
    }

    private String refused(
            Model model, HttpServletResponse response, HttpStatus status, DelegationForm form, String failure) {
        response.setStatus(status.value());
        model.addAttribute("failure", failure);
        return page(model, form);
    }

    /** The page, with the form as typed, or empty before anything was typed. */
    private String page(Model model, DelegationForm form) {
        Locale locale = LocaleContextHolder.getLocale();
        DelegatedAuthority.Allowance allowance = delegation.allowance();
        model.addAttribute("allowance", allowance);
        model.addAttribute("form", form == null ? DelegationForm.empty(allowance.positions()) : form);
        model.addAttribute(
                "rows", delegation.all().stream().map(d -> row(d, locale)).toList());
        model.addAttribute(
                "positions",
                allowance.positions()
                        ? people.positions().stream().filter(Position::isActive).toList()
                        : List.of());
        model.addAttribute("employees", delegation.delegates());
        model.addAttribute("types", ResolutionType.values());
        return "cases/authority";
    }

    private Row row(Delegation d, Locale locale) {
        boolean employee = d.scope() == Delegation.Scope.EMPLOYEE;
        String who = employee
                ? people.employee(d.scopeId()).map(Employee::getFullName).orElse("#" + d.scopeId())
                : people.position(d.scopeId()).map(p -> p.title(locale)).orElse("#" + d.scopeId());
        return new Row(d, who, employee, delegation.mayWithdraw(d));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
