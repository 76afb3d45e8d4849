package dev.kantor.routing.web;

import java.util.List;
import java.util.Set;

import dev.kantor.routing.HandoffCases;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.web.FormBinding;
import dev.kantor.platform.web.Viewer;
import dev.kantor.routing.Handoff;
import dev.kantor.routing.HandoffDesk;
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
 * help now, add a context note and hand the customer over.
 */
@Controller
class HelpController {

    /** The languages customers here speak most; Kantor itself is written in the first two. */
    static final List<String> CUSTOMER_LANGUAGES = List.of("id", "en", "jv", "su", "zh", "ms", "ar");

    private final WhoCanHelp whoCanHelp;
    private final HandoffDesk desk;
    private final TopicCatalogue topics;
    private final HandoffCases cases;
    private final RoutingNames names;
    private final MessageSource messages;

    HelpController(WhoCanHelp whoCanHelp, HandoffDesk desk, TopicCatalogue topics, HandoffCases cases,
            RoutingNames names, MessageSource messages) {
        this.whoCanHelp = whoCanHelp;
        this.desk = desk;
        this.topics = topics;
        this.cases = cases;
        this.names = names;
        this.messages = messages;
    }

    @GetMapping("/help")
    String initForm(@RequestParam(required = false, name = "case") String caseReference, Model model) {
        HandoffForm form = HandoffForm.empty(LocaleContextHolder.getLocale().getLanguage());
        if (caseReference != null) {
            var c = cases.findByReference(caseReference);
            if (c.isPresent()) {
                form = new HandoffForm(c.get().reference(), null, null, null, c.get().topic(),
                        c.get().customerLanguage(), null, null);
            }
        }
        model.addAttribute("form", form);
        return page(model, form);
    }

    /** The ranked helpers for the chosen topic and language, refreshed as the form changes. */
    @GetMapping("/help/helpers")
    String helpers(@RequestParam(required = false) String topic, @RequestParam(required = false) String language,
            Model model) {
        model.addAttribute("answer", answer(topic, language));
        return "routing/help :: helpers";
    }

    @PostMapping("/help")
    String processForm(@ModelAttribute("form") HandoffForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
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
            Handoff h = desk.start(form.request(caseId));
            redirect.addFlashAttribute("success", messages.getMessage("routing.handoff.started", null,
                    LocaleContextHolder.getLocale()));
            return "redirect:/handoffs/" + h.getId();
        } catch (InvalidInput e) {
            for (FieldProblem p : e.problems()) {
                String field = p.field().equals("caseId") ? "caseReference" : p.field();
                result.rejectValue(field, p.messageKey(), p.args().toArray(), p.messageKey());
            }
            return page(model, form);
        }
    }

    private String page(Model model, HandoffForm form) {
        model.addAttribute("topics", topics.active());
        model.addAttribute("languages", CUSTOMER_LANGUAGES);
        model.addAttribute("answer", answer(form.topic(), form.language()));
        return "routing/help";
    }

    private HelpAnswer answer(String topic, String language) {
        if (topic == null || topic.isBlank() || !topics.isKnown(topic)) {
            return null;
        }
        Long me = Viewer.current().employeeId();
        return whoCanHelp.ask(topic, language != null && CUSTOMER_LANGUAGES.contains(language) ? language : null,
                me == null ? Set.of() : Set.of(me));
    }
}
