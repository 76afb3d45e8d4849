package dev.kantor.people.organisation;

import java.util.Map;
import java.util.function.Supplier;

import dev.kantor.people.CustomerContact;
import dev.kantor.people.Department;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.people.PeopleAdministration;
import dev.kantor.people.Position;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.i18n.Localized;
import dev.kantor.platform.web.FormProblems;

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

/** Departments and positions: everyone sees them, HR and admins change them. */
@Controller
class OrganisationController {

    private final People people;
    private final PeopleAdministration administration;
    private final MessageSource messages;

    OrganisationController(People people, PeopleAdministration administration, MessageSource messages) {
        this.people = people;
        this.administration = administration;
        this.messages = messages;
    }

    /** The characters HR may declare for a department, for its form. */
    @ModelAttribute("characters")
    Office[] characters() {
        return Office.values();
    }

    @GetMapping("/departments")
    String departments(Model model) {
        model.addAttribute("departments", Localized.sorted(people.departments(), (d, l) -> d.name(l)));
        model.addAttribute("headcount", people.headcountByDepartment());
        model.addAttribute("frontOffice", people.frontOfficeByDepartment());
        return "people/departments";
    }

    @GetMapping("/departments/new")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String initDepartmentCreation(Model model) {
        model.addAttribute("form", new DepartmentForm());
        model.addAttribute("department", null);
        return "people/department-form";
    }

    @PostMapping("/departments/new")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String processDepartmentCreation(
            @ModelAttribute("form") DepartmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("department", null);
        return save(result, "people/department-form", redirect, "/departments", () -> administration
                .createDepartment(form.details())
                .name(locale()));
    }

    @GetMapping("/departments/{id}/edit")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String initDepartmentUpdate(@PathVariable long id, Model model) {
        Department department = department(id);
        model.addAttribute("form", DepartmentForm.of(department));
        model.addAttribute("department", department);
        return "people/department-form";
    }

    @PostMapping("/departments/{id}/edit")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String processDepartmentUpdate(
            @PathVariable long id,
            @ModelAttribute("form") DepartmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("department", department(id));
        return save(result, "people/department-form", redirect, "/departments", () -> administration
                .changeDepartment(id, form.details(), form.getVersion())
                .name(locale()));
    }

    @PostMapping("/departments/{id}/deactivate")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String deactivateDepartment(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "/departments", "department.deactivated", () -> administration
                .deactivateDepartment(id)
                .name(locale()));
    }

    @PostMapping("/departments/{id}/reactivate")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String reactivateDepartment(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "/departments", "department.reactivated", () -> administration
                .reactivateDepartment(id)
                .name(locale()));
    }

    @GetMapping("/positions")
    String positions(Model model) {
        model.addAttribute("positions", Localized.sorted(people.positions(), (p, l) -> p.title(l)));
        model.addAttribute(
                "departments",
                people.departments().stream().collect(java.util.stream.Collectors.toMap(Department::getId, d -> d)));
        model.addAttribute("headcount", people.headcountByPosition());
        return "people/positions";
    }

    @GetMapping("/positions/new")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String initPositionCreation(Model model) {
        model.addAttribute("form", new PositionForm());
        return positionForm(model, null);
    }

    @PostMapping("/positions/new")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String processPositionCreation(
            @ModelAttribute("form") PositionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        positionForm(model, null);
        return save(result, "people/position-form", redirect, "/positions", () -> administration
                .createPosition(form.details())
                .title(locale()));
    }

    @GetMapping("/positions/{id}/edit")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String initPositionUpdate(@PathVariable long id, Model model) {
        Position position = position(id);
        model.addAttribute("form", PositionForm.of(position));
        return positionForm(model, position);
    }

    @PostMapping("/positions/{id}/edit")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String processPositionUpdate(
            @PathVariable long id,
            @ModelAttribute("form") PositionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        positionForm(model, position(id));
        return save(result, "people/position-form", redirect, "/positions", () -> administration
                .changePosition(id, form.details(), form.getVersion())
                .title(locale()));
    }

    @PostMapping("/positions/{id}/deactivate")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String deactivatePosition(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "/positions", "position.deactivated", () -> administration
                .deactivatePosition(id)
                .title(locale()));
    }

    @PostMapping("/positions/{id}/reactivate")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String reactivatePosition(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "/positions", "position.reactivated", () -> administration
                .reactivatePosition(id)
                .title(locale()));
    }

    private String positionForm(Model model, Position position) {
        model.addAttribute("position", position);
        model.addAttribute(
                "departments",
                Localized.sorted(people.departments(), (d, l) -> d.name(l)).stream()
                        .filter(d ->
                                d.isActive() || position != null && d.getId().equals(position.getDepartmentId()))
                        .toList());
        model.addAttribute("contacts", CustomerContact.values());
        return "people/position-form";
    }

    /** Saves a form: on success back to the list with a message, else the form with its errors. */
    private String save(
            BindingResult result, String view, RedirectAttributes redirect, String list, Supplier<String> change) {
        if (result.hasErrors()) {
            return view;
        }
        try {
            redirect.addFlashAttribute("success", text("organisation.saved", change.get()));
            return "redirect:" + list;
        } catch (KantorException e) {
            FormProblems.bind(e, result, Map.of());
            return view;
        } catch (OptimisticLockingFailureException e) {
            result.reject("error.concurrent-change");
            return view;
        }
    }

    private String act(RedirectAttributes redirect, String list, String successKey, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("success", text(successKey, change.get()));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:" + list;
    }

    private Department department(long id) {
        return people.department(id).orElseThrow(() -> KantorException.notFound("error.department-not-found", id));
    }

    private Position position(long id) {
        return people.position(id).orElseThrow(() -> KantorException.notFound("error.position-not-found", id));
    }

    private static java.util.Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
