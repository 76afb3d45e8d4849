package dev.kantor.people.employees;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.people.PeopleAdministration;
import dev.kantor.people.SpokenLanguage;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.i18n.Localized;
import dev.kantor.platform.web.FormProblems;
import dev.kantor.platform.web.Viewer;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An employee's page, and HR's forms to add, change, deactivate and reactivate employees. */
@Controller
class EmployeeController {

    private static final String FORM = "people/employee-form";
    /** The form calls the rules' fields by other names. */
    private static final Map<String, String> FIELDS = Map.of("skills", "skillLevels");

    private final People people;
    private final PeopleAdministration administration;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final dev.kantor.people.Whereabouts whereabouts;

    EmployeeController(
            People people,
            PeopleAdministration administration,
            AuditTrail audit,
            MessageSource messages,
            dev.kantor.people.Whereabouts whereabouts) {
        this.whereabouts = whereabouts;
        this.people = people;
        this.administration = administration;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/people/{id}")
    String show(@PathVariable long id, Model model) {
        DirectoryEntry entry =
                people.entry(id).orElseThrow(() -> KantorException.notFound("error.employee-not-found", id));
        model.addAttribute("employee", entry);
        model.addAttribute("reports", people.directReports(id));
        model.addAttribute("where", whereabouts.of(id).orElse(null));
        if (Viewer.current().mayAdministerPeople()) {
            model.addAttribute("history", audit.of("employee", id));
        }
        return "people/employee";
    }

    @GetMapping("/people/new")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String initCreationForm(Model model) {
        model.addAttribute("form", new EmployeeForm());
        return form(model, null);
    }

    @PostMapping("/people/new")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String processCreationForm(
            @ModelAttribute("form") EmployeeForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (reportsEveryProblem(form, null, result)) {
            return form(model, null);
        }
        try {
            Employee employee = administration.hire(form.details());
            redirect.addFlashAttribute("success", text("employee.created", employee.getFullName()));
            return "redirect:/people/" + employee.getId();
        } catch (KantorException e) {
            FormProblems.bind(e, result, FIELDS);
            return form(model, null);
        }
    }

    /**
     * Puts every problem of the form on it in one round: what could not be read, the rules, and an
     * e-mail address or number someone else has; true when there is any.
     */
    private boolean reportsEveryProblem(EmployeeForm form, Long id, BindingResult result) {
        List<FieldProblem> problems = new ArrayList<>(people.problemsOf(form.details(), id));
        problems.addAll(people.clashesOf(form.details(), id));
        FormProblems.bindUnlessBound(problems, result, FIELDS);
        return result.hasErrors();
    }

    @GetMapping("/people/{id}/edit")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String initUpdateForm(@PathVariable long id, Model model) {
        Employee employee =
                people.employee(id).orElseThrow(() -> KantorException.notFound("error.employee-not-found", id));
        model.addAttribute("form", EmployeeForm.of(employee));
        return form(model, employee);
    }

    @PostMapping("/people/{id}/edit")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String processUpdateForm(
            @PathVariable long id,
            @ModelAttribute("form") EmployeeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Employee employee =
                people.employee(id).orElseThrow(() -> KantorException.notFound("error.employee-not-found", id));
        if (reportsEveryProblem(form, id, result)) {
            return form(model, employee);
        }
        try {
            Employee saved = administration.changeEmployee(id, form.details(), form.getVersion());
            redirect.addFlashAttribute("success", text("employee.saved", saved.getFullName()));
            return "redirect:/people/" + id;
        } catch (KantorException e) {
            FormProblems.bind(e, result, FIELDS);
            return form(model, employee);
        } catch (OptimisticLockingFailureException e) {
            result.reject("error.concurrent-change");
            return form(model, employee);
        }
    }

    @PostMapping("/people/{id}/deactivate")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Employee employee = administration.deactivateEmployee(id);
            redirect.addFlashAttribute("success", text("employee.deactivated", employee.getFullName()));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/reactivate")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Employee employee = administration.reactivateEmployee(id);
            redirect.addFlashAttribute("success", text("employee.reactivated", employee.getFullName()));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/people/" + id;
    }

    private String form(Model model, Employee employee) {
        model.addAttribute("employee", employee);
        var positions = Localized.sorted(
                people.positions().stream()
                        .filter(p ->
                                p.isActive() || employee != null && p.getId().equals(employee.getPositionId()))
                        .toList(),
                (p, l) -> p.title(l));
        model.addAttribute("positions", positions);
        model.addAttribute(
                "managers",
                people.activeEmployees().stream()
                        .filter(m -> employee == null || !m.getId().equals(employee.getId()))
                        .toList());
        model.addAttribute("skills", Localized.sorted(people.skills(), (s, l) -> s.name(l)));
        java.util.Set<String> languages = new java.util.LinkedHashSet<>(SpokenLanguage.COMMON);
        if (model.getAttribute("form") instanceof EmployeeForm form) {
            languages.addAll(form.getLanguages());
        }
        model.addAttribute("languages", languages);
        // only departments with a position to choose, so the list has no empty groups
        model.addAttribute(
                "departments",
                Localized.sorted(people.departments(), (d, l) -> d.name(l)).stream()
                        .filter(d -> positions.stream()
                                .anyMatch(p -> p.getDepartmentId().equals(d.getId())))
                        .toList());
        return FORM;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
