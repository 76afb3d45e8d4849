package dev.kantor.service.catalogue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.people.People;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.FormBinding;
import dev.kantor.platform.web.FormProblems;

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
 * The service catalogue's pages: anyone finds a service by search or department; a department's managers
 * publish and change its services.
 */
@Controller
class CatalogueController {

    private final Catalogue catalogue;
    private final People people;
    private final MessageSource messages;

    CatalogueController(Catalogue catalogue, People people, MessageSource messages) {
        this.catalogue = catalogue;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/service")
    String catalogue(
            @RequestParam(required = false) String q, @RequestParam(required = false) Long departmentId, Model model) {
        model.addAttribute("services", catalogue.search(q, departmentId));
        model.addAttribute("q", q);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute(
                "departments",
                people.departments().stream().filter(d -> d.isActive()).toList());
        model.addAttribute("managed", catalogue.managedDepartments());
        model.addAttribute("departmentNames", departmentNames());
        return "service/catalogue";
    }

    @GetMapping("/service/manage")
    String manage(@RequestParam(required = false) Long departmentId, Model model) {
        List<dev.kantor.people.Department> managed = catalogue.managedDepartments();
        if (managed.isEmpty()) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "service.not-your-department");
        }
        long department = departmentId != null ? departmentId : managed.get(0).getId();
        model.addAttribute("managed", managed);
        model.addAttribute("departmentId", department);
        model.addAttribute("services", catalogue.ofDepartment(department));
        return "service/manage";
    }

    @GetMapping("/service/manage/new")
    String newService(@RequestParam(required = false) Long departmentId, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ServiceForm.empty(departmentId));
        }
        return form(model, null);
    }

    @GetMapping("/service/manage/{id}")
    String edit(@PathVariable long id, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ServiceForm.of(catalogue.get(id)));
        }
        return form(model, id);
    }

    @PostMapping("/service/manage")
    String publish(
            @ModelAttribute("form") ServiceForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(form, binding, model, response, redirect, null, () -> catalogue.publish(form.definition()));
    }

    @PostMapping("/service/manage/{id}")
    String change(
            @PathVariable long id,
            @ModelAttribute("form") ServiceForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(
                form,
                binding,
                model,
                response,
                redirect,
                id,
                () -> catalogue.change(id, form.definition(), form.version() == null ? -1 : form.version()));
    }

    /**
     * Withdraws a service from the catalogue (nobody may file it any more; requests filed before go on), or offers
     * it again, on the version the manager read.
     */
    @PostMapping("/service/manage/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return offered(id, false, version, "service.withdrawn-done", redirect);
    }

    @PostMapping("/service/manage/{id}/offer")
    String offer(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return offered(id, true, version, "service.offered-again", redirect);
    }

    private String offered(long id, boolean active, int version, String done, RedirectAttributes redirect) {
        Offering service = catalogue.get(id);
        try {
            catalogue.setActive(id, active, version);
            redirect.addFlashAttribute("success", text(done, service.name(LocaleContextHolder.getLocale())));
        } catch (KantorException e) {
            if (e.kind() == KantorException.Kind.FORBIDDEN || e.kind() == KantorException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/service/manage?departmentId=" + service.departmentId();
    }

    private String save(
            ServiceForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Long editing,
            Supplier<Offering> change) {
        BindingResult result = FormBinding.kept(form, binding, model);
        try {
            if (result.hasErrors()) {
                throw new InvalidInput(List.of());
            }
            Offering saved = change.get();
            redirect.addFlashAttribute("success", text("service.saved"));
            return "redirect:/service/manage?departmentId=" + saved.departmentId();
        } catch (KantorException e) {
            // a form field's problem is named fields[3].labelEn by the rules: the form shows it on the fields text
            FormProblems.bind(e, result, f -> f.startsWith("fields") ? "fields" : f);
            response.setStatus(
                    e.kind() == KantorException.Kind.FORBIDDEN
                            ? HttpStatus.FORBIDDEN.value()
                            : e.kind() == KantorException.Kind.CONFLICT
                                    ? HttpStatus.CONFLICT.value()
                                    : HttpStatus.BAD_REQUEST.value());
            return form(model, editing);
        }
    }

    private String form(Model model, Long editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("managed", catalogue.managedDepartments());
        return "service/service-form";
    }

    private Map<Long, String> departmentNames() {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> names = new java.util.HashMap<>();
        people.departments().forEach(d -> names.put(d.getId(), d.name(locale)));
        return names;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
