package dev.kantor.routing.topics;

import java.util.Map;
import java.util.function.Supplier;

import dev.kantor.people.People;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.FieldProblems;
import dev.kantor.platform.web.FormBinding;
import dev.kantor.platform.web.FormProblems;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The topic catalogue: everyone reads it; admins add a topic, or change one at a time. */
@Controller
class TopicController {

    /** The label of each field of the topic form, to say which one a problem is about. */
    private static final Map<String, String> FIELD_LABELS = Map.of(
            "code",
            "routing.topics.code",
            "nameEn",
            "routing.topics.name-en",
            "nameIdn",
            "routing.topics.name-idn",
            "teamDepartmentId",
            "routing.topics.team",
            "skills",
            "routing.topics.skills");
    /** The rules call the skill rows "skills"; on the form they are the rows' skill fields. */
    private static final Map<String, String> FORM_FIELDS = Map.of("skills", "skillId");

    private final TopicCatalogue topics;
    private final People people;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;

    TopicController(TopicCatalogue topics, People people, MessageSource messages, FieldProblems fieldProblems) {
        this.topics = topics;
        this.people = people;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
    }

    /** @param edit the code of the topic to change in the form; the form adds a topic without it */
    @GetMapping("/topics")
    String list(@RequestParam(required = false) String edit, Model model) {
        return page(model, edit == null ? TopicForm.empty() : TopicForm.of(topics.require(edit)), edit);
    }

    @PostMapping("/topics")
    String create(
            @ModelAttribute("form") TopicForm form, BindingResult binding, RedirectAttributes redirect, Model model) {
        BindingResult result = FormBinding.kept(form, binding, model);
        if (result.hasErrors()) {
            return page(model, form, null);
        }
        return save(
                form,
                result,
                redirect,
                model,
                null,
                () -> topics.create(form.code() == null ? null : form.code().strip(), form.details()));
    }

    @PostMapping("/topics/{code}")
    String update(
            @PathVariable String code,
            @ModelAttribute("form") TopicForm form,
            BindingResult binding,
            @RequestParam int version,
            RedirectAttributes redirect,
            Model model) {
        BindingResult result = FormBinding.kept(form, binding, model);
        if (result.hasErrors()) {
            return page(model, form, code);
        }
        return save(form, result, redirect, model, code, () -> topics.update(code, form.details(), version));
    }

    /** @param form as the handler received it: a form whose fields did not all bind is not in the model */
    private String page(Model model, TopicForm form, String editing) {
        model.addAttribute("form", form);
        model.addAttribute("topics", topics.all());
        model.addAttribute("skills", people.skills());
        model.addAttribute("departments", people.departments());
        model.addAttribute("editing", editing);
        model.addAttribute("skillRows", TopicForm.SKILL_ROWS);
        return "routing/topics";
    }

    private String save(
            TopicForm form,
            BindingResult result,
            RedirectAttributes redirect,
            Model model,
            String editing,
            Supplier<?> change) {
        try {
            change.get();
            redirect.addFlashAttribute("success", text("routing.topics.saved"));
            return "redirect:/topics";
        } catch (KantorException e) {
            if (e.kind() == KantorException.Kind.FORBIDDEN || e.kind() == KantorException.Kind.NOT_FOUND) {
                throw e;
            }
            // each problem beside its field, and all of them above the page, each after its field's label
            FormProblems.bind(e, result, FORM_FIELDS);
            model.addAttribute(
                    "failure",
                    e instanceof InvalidInput invalid
                            ? fieldProblems.of(invalid, FIELD_LABELS::get)
                            : text(e.messageKey(), e.args()));
        }
        return page(model, form, editing);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
