package dev.kantor.routing.handoffs;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.web.FormBinding;
import dev.kantor.platform.web.FormProblems;
import dev.kantor.routing.HandoffCases;
import dev.kantor.routing.HelpAnswer;
import dev.kantor.routing.TopicCatalogue;
import dev.kantor.routing.WhoCanHelp;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Help a customer", from any page: pick the topic and the customer's language, see who can
 * help now, add a context note and hand the customer over. It lives beside the handoff it starts.
 */
@Controller
class HelpController {

    /** The languages customers here speak most; Kantor itself is written in the first two. */
    static final List<String> CUSTOMER_LANGUAGES = List.of("id", "en", "jv", "su", "zh", "ms", "ar");
    /** The form names the case by its reference where the handoff names it by its id. */
    private static final Map<String, String> FORM_FIELDS = Map.of("caseId", "caseReference");

    private final WhoCanHelp whoCanHelp;
    private final HandoffStart start;
    private final TopicCatalogue topics;
    private final HandoffCases cases;
    private final CaseForHandoff caseFor;
    private final MessageSource messages;

    HelpController(
            WhoCanHelp whoCanHelp,
            HandoffStart start,
            TopicCatalogue topics,
            HandoffCases cases,
            CaseForHandoff caseFor,
            MessageSource messages) {
        this.caseFor = caseFor;
        this.whoCanHelp = whoCanHelp;
        this.start = start;
        this.topics = topics;
        this.cases = cases;
        this.messages = messages;
    }

    @GetMapping("/help")
    String initForm(@RequestParam(required = false, name = "case") String caseReference, Model model) {
        HandoffForm form = HandoffForm.empty(LocaleContextHolder.getLocale().getLanguage());
        if (caseReference != null) {
            var c = cases.findByReference(caseReference);
            if (c.isPresent()) {
                form = new HandoffForm(
                        c.get().reference(),
                        null,
                        null,
                        null,
                        c.get().topic(),
                        c.get().customerLanguage(),
                        null,
                        null);
            }
        }
        return page(model, form);
    }

    /** The ranked helpers for the chosen topic and language, refreshed as the form changes. */
    @GetMapping("/help/helpers")
    String helpers(
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String caseReference,
            Model model) {
        model.addAttribute("answer", answer(topic, language, caseReference));
        return "routing/help :: helpers";
    }

    @PostMapping("/help")
    String processForm(
            @ModelAttribute("form") HandoffForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        BindingResult result = FormBinding.kept(form, binding, model);
        if (result.hasErrors()) {
            // a field that could not be read must not be taken for one left empty: nothing is handed over
            return page(model, form);
        }
        try {
            Long caseId = null;
            if (form.forExistingCase()) {
                caseId = cases.findByReference(form.caseReference())
                        .orElseThrow(() -> InvalidInput.of("caseReference", "routing.validation.unknown-case"))
                        .id();
            }
            Handoff h = start.start(form.request(caseId));
            redirect.addFlashAttribute(
                    "success", messages.getMessage("routing.handoff.started", null, LocaleContextHolder.getLocale()));
            return "redirect:/handoffs/" + h.getId();
        } catch (KantorException e) {
            if (e.kind() == KantorException.Kind.FORBIDDEN || e.kind() == KantorException.Kind.NOT_FOUND) {
                throw e;
            }
            FormProblems.bind(e, result, FORM_FIELDS);
            return page(model, form);
        }
    }

    /** @param form as the handler received it: a form whose fields did not all bind is not in the model */
    private String page(Model model, HandoffForm form) {
        model.addAttribute("form", form);
        model.addAttribute("topics", topics.active());
        model.addAttribute("languages", CUSTOMER_LANGUAGES);
        model.addAttribute("answer", answer(form.topic(), form.language(), form.caseReference()));
        return "routing/help";
    }

    /** @param caseReference the case the customer is handed over with; blank for a customer standing here */
    private HelpAnswer answer(String topic, String language, String caseReference) {
        if (topic == null || topic.isBlank() || !topics.isKnown(topic)) {
            return null;
        }
        // the reader is not offered to themselves; an account that is nobody's may still look
        Long me = CurrentUser.get().map(KantorUser::employeeId).orElse(null);
        return whoCanHelp.ask(
                topic,
                language != null && CUSTOMER_LANGUAGES.contains(language) ? language : null,
                me == null ? Set.of() : Set.of(me),
                WhoCanHelp.HELPERS,
                caseFor.inPerson(caseReference));
    }
}
