package dev.kantor.cases.intake;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.customers.CustomerSearch;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.web.FormProblems;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Logging a walk-in, a call or an e-mail: the employee who logs it owns the new case. */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class NewCaseController {

    private static final String FORM = "cases/new";

    private final CaseIntake intake;
    private final CustomerSearch customers;
    private final TopicCatalogue topics;
    private final MessageSource messages;

    NewCaseController(CaseIntake intake, CustomerSearch customers, TopicCatalogue topics, MessageSource messages) {
        this.intake = intake;
        this.customers = customers;
        this.topics = topics;
        this.messages = messages;
    }

    @GetMapping("/cases/new")
    String initCreationForm(Model model) {
        model.addAttribute("form", new CaseForm());
        return form(model);
    }

    /** Customers matching what was typed, so that a returning customer is found rather than entered again. */
    @GetMapping("/cases/customers")
    String findCustomers(@RequestParam(required = false) String find, Model model) {
        model.addAttribute("matches", customers.find(find));
        model.addAttribute("searched", find != null && find.strip().length() >= 2);
        return FORM + " :: matches";
    }

    @PostMapping("/cases/new")
    String processCreationForm(
            @ModelAttribute("form") CaseForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            CustomerCase opened = intake.open(form.newCase(), CurrentUser.employeeId("case.no-employee"))
                    .customerCase();
            redirect.addFlashAttribute(
                    "success",
                    messages.getMessage(
                            "cases.opened", new Object[] {opened.getReference()}, LocaleContextHolder.getLocale()));
            return "redirect:/cases/" + opened.getId();
        } catch (InvalidInput e) {
            FormProblems.bind(e, result);
            return form(model);
        }
    }

    private String form(Model model) {
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("topics", topics.codes());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("types", CaseType.values());
        return FORM;
    }
}
