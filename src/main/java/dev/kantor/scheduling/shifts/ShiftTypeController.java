package dev.kantor.scheduling.shifts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.kantor.platform.KantorException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The shift types: everyone signed in sees them; managers and admins define, change and delete them. */
@Controller
class ShiftTypeController {

    private static final String FORM = "scheduling/shift-type-form";

    private final StoredShiftTypes shiftTypes;
    private final StoredContracts contracts;
    private final MessageSource messages;

    ShiftTypeController(StoredShiftTypes shiftTypes, StoredContracts contracts, MessageSource messages) {
        this.shiftTypes = shiftTypes;
        this.contracts = contracts;
        this.messages = messages;
    }

    @GetMapping("/scheduling/shift-types")
    String list(Model model) {
        model.addAttribute("shiftTypes", shiftTypes.all());
        Map<Long, Integer> used = new HashMap<>();
        for (DefinedContract contract : contracts.all()) {
            contract.allowedShiftTypeIds().forEach(id -> used.merge(id, 1, Integer::sum));
        }
        model.addAttribute("contractsAllowing", used);
        return "scheduling/shift-types";
    }

    @GetMapping("/scheduling/shift-types/new")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String initCreation(Model model) {
        model.addAttribute("form", ShiftTypeForm.blank());
        return form(model, null);
    }

    @PostMapping("/scheduling/shift-types/new")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String processCreation(
            @ModelAttribute("form") ShiftTypeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form(model, null);
        return save(form, result, redirect, () -> shiftTypes.create(form.details()));
    }

    @GetMapping("/scheduling/shift-types/{id}/edit")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String initUpdate(@PathVariable long id, Model model) {
        DefinedShiftType type = shiftTypes.get(id);
        model.addAttribute("form", ShiftTypeForm.of(type));
        return form(model, type);
    }

    @PostMapping("/scheduling/shift-types/{id}/edit")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String processUpdate(
            @PathVariable long id,
            @ModelAttribute("form") ShiftTypeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form(model, shiftTypes.get(id));
        return save(form, result, redirect, () -> shiftTypes.change(id, form.details(), form.getVersion()));
    }

    @PostMapping("/scheduling/shift-types/{id}/delete")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            DefinedShiftType removed = shiftTypes.remove(id, version == null ? -1 : version);
            redirect.addFlashAttribute("success", text("scheduling.shift-type.deleted", removed.name()));
            return "redirect:/scheduling/shift-types";
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
            return "redirect:/scheduling/shift-types/" + id + "/edit";
        }
    }

    private String form(Model model, DefinedShiftType type) {
        model.addAttribute("shiftType", type);
        model.addAttribute("usedBy", type == null ? List.of() : shiftTypes.contractsAllowing(type.id()));
        return FORM;
    }

    /** Saves a form: on success back to the list with a message, else the form with every problem marked. */
    private String save(
            ShiftTypeForm form, BindingResult result, RedirectAttributes redirect, Supplier<DefinedShiftType> change) {
        try {
            if (result.hasErrors()) {
                // nothing is saved, but every rule the fields that were read break is marked too
                ShiftTypeRules.check(form.details());
            } else {
                DefinedShiftType saved = change.get();
                redirect.addFlashAttribute("success", text("scheduling.shift-type.saved", saved.name()));
                return "redirect:/scheduling/shift-types";
            }
        } catch (KantorException e) {
            FormProblems.bind(e, result, form::fieldOf);
        } catch (OptimisticLockingFailureException e) {
            result.reject("error.concurrent-change");
        }
        form.withBlankRows();
        return FORM;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
