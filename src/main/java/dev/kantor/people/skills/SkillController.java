package dev.kantor.people.skills;

import dev.kantor.people.People;
import dev.kantor.people.PeopleAdministration;
import dev.kantor.people.Skill;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.i18n.Localized;
import dev.kantor.platform.web.FormProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The skills catalogue with how many people hold each skill; HR adds skills. */
@Controller
class SkillController {

    private static final String PAGE = "people/skills";

    private final People people;
    private final PeopleAdministration administration;
    private final MessageSource messages;

    SkillController(People people, PeopleAdministration administration, MessageSource messages) {
        this.people = people;
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping("/skills")
    String skills(Model model) {
        model.addAttribute("form", new SkillForm());
        return page(model);
    }

    @PostMapping("/skills")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String add(@ModelAttribute("form") SkillForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(model);
        }
        try {
            Skill skill = administration.addSkill(form.getCode(), form.getNameEn(), form.getNameId());
            redirect.addFlashAttribute(
                    "success", text("organisation.saved", skill.name(LocaleContextHolder.getLocale())));
            return "redirect:/skills";
        } catch (KantorException e) {
            FormProblems.bind(e, result);
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("skills", Localized.sorted(people.skills(), (s, l) -> s.name(l)));
        model.addAttribute("holders", people.skillHolders());
        return PAGE;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
