package dev.kantor.people.web;

import dev.kantor.people.People;
import dev.kantor.people.PeopleAdministration;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.FieldProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The skills catalogue with how many people hold each skill; HR adds skills. */
@Controller
class SkillController {

    private final People people;
    private final PeopleAdministration administration;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;

    SkillController(People people, PeopleAdministration administration, MessageSource messages,
            FieldProblems fieldProblems) {
        this.people = people;
        this.administration = administration;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
    }

    @GetMapping("/skills")
    String skills(Model model) {
        model.addAttribute("skills", Localized.sorted(people.skills(), (s, l) -> s.name(l)));
        model.addAttribute("holders", people.skillHolders());
        return "people/skills";
    }

    @PostMapping("/skills")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String add(@RequestParam(required = false) String code, @RequestParam(required = false) String nameEn,
            @RequestParam(required = false) String nameId, RedirectAttributes redirect) {
        try {
            administration.addSkill(code, nameEn, nameId);
            redirect.addFlashAttribute("success", text("organisation.saved",
                    dev.kantor.platform.i18n.Languages.isIndonesian(LocaleContextHolder.getLocale()) ? nameId : nameEn));
        } catch (dev.kantor.platform.InvalidInput e) {
            redirect.addFlashAttribute("failure", fieldProblems.of(e, field -> "field." + field));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/skills";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
