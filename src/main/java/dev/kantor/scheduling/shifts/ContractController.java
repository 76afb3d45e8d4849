package dev.kantor.scheduling.shifts;

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

/** The contracts: everyone signed in sees them; managers, admins and HR define, change and delete them. */
@Controller
class ContractController {

    private static final String FORM = "scheduling/contract-form";

    private final StoredContracts contracts;
    private final StoredShiftTypes shiftTypes;
    private final MessageSource messages;

    ContractController(StoredContracts contracts, StoredShiftTypes shiftTypes, MessageSource messages) {
        this.contracts = contracts;
        this.shiftTypes = shiftTypes;
        this.messages = messages;
    }

    @GetMapping("/scheduling/contracts")
    String list(Model model) {
        model.addAttribute("contracts", contracts.all());
        return "scheduling/contracts";
    }

    @GetMapping("/scheduling/contracts/new")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'HR')")
    String initCreation(Model model) {
        model.addAttribute("form", ContractForm.blank());
        return form(model, null);
    }

    @PostMapping("/scheduling/contracts/new")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'HR')")
    String processCreation(
            @ModelAttribute("form") ContractForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        form(model, null);
        return save(form, result, redirect, () -> contracts.create(form.details()));
    }

    @GetMapping("/scheduling/contracts/{id}/edit")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'HR')")
    String initUpdate(@PathVariable long id, Model model) {
        DefinedContract contract = contracts.get(id);
        model.addAttribute("form", ContractForm.of(contract));
        return form(model, contract);
    }

    @PostMapping("/scheduling/contracts/{id}/edit")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'HR')")
    String processUpdate(
            @PathVariable long id,
            @ModelAttribute("form") ContractForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form(model, contracts.get(id));
        return save(form, result, redirect, () -> contracts.change(id, form.details(), form.getVersion()));
    }

    @PostMapping("/scheduling/contracts/{id}/delete")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'HR')")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            DefinedContract removed = contracts.remove(id, version == null ? -1 : version);
            redirect.addFlashAttribute("success", text("scheduling.contract.deleted", removed.name()));
            return "redirect:/scheduling/contracts";
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
            return "redirect:/scheduling/contracts/" + id + "/edit";
        }
    }

    private String form(Model model, DefinedContract contract) {
        model.addAttribute("contract", contract);
        model.addAttribute("shiftTypes", shiftTypes.all());
        return FORM;
    }

    /** Saves a form: on success back to the list with a message, else the form with every problem marked. */
    private String save(
            ContractForm form, BindingResult result, RedirectAttributes redirect, Supplier<DefinedContract> change) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            DefinedContract saved = change.get();
            redirect.addFlashAttribute("success", text("scheduling.contract.saved", saved.name()));
            return "redirect:/scheduling/contracts";
        } catch (KantorException e) {
            FormProblems.bind(e, result, ContractForm::fieldOf);
        } catch (OptimisticLockingFailureException e) {
            result.reject("error.concurrent-change");
        }
        return FORM;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
