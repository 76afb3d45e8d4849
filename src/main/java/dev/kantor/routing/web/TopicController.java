package dev.kantor.routing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kantor.people.People;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.routing.HandoffFigures;
import dev.kantor.routing.TopicCatalogue;
import dev.kantor.routing.TopicCoverage;
import dev.kantor.routing.TopicDetails;
import dev.kantor.routing.TopicSkill;
import dev.kantor.platform.web.FieldProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The topic catalogue (admins edit it), its coverage right now, and the handoff figures. */
@Controller
class TopicController {

    /** The label of each field of the topic form, to say which one a problem is about. */
    private static final Map<String, String> FIELD_LABELS = Map.of("code", "routing.topics.code",
            "nameEn", "routing.topics.name-en", "nameIdn", "routing.topics.name-idn",
            "teamDepartmentId", "routing.topics.team", "skills", "routing.topics.skills");

    private final TopicCatalogue topics;
    private final TopicCoverage coverage;
    private final HandoffFigures figures;
    private final People people;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;

    TopicController(TopicCatalogue topics, TopicCoverage coverage, HandoffFigures figures, People people,
            MessageSource messages, FieldProblems fieldProblems) {
        this.topics = topics;
        this.coverage = coverage;
        this.figures = figures;
        this.people = people;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
    }

    @GetMapping("/topics")
    String list(Model model) {
        model.addAttribute("topics", topics.all());
        model.addAttribute("skills", people.skills());
        model.addAttribute("departments", people.departments());
        return "routing/topics";
    }

    @PostMapping("/topics")
    String create(@RequestParam String code, TopicFields fields, RedirectAttributes redirect, Model model) {
        return save(redirect, model, () -> topics.create(code == null ? null : code.strip(), fields.details()));
    }

    @PostMapping("/topics/{code}")
    String update(@PathVariable String code, TopicFields fields, @RequestParam int version,
            RedirectAttributes redirect, Model model) {
        return save(redirect, model, () -> topics.update(code, fields.details(), version));
    }

    @GetMapping("/topics/coverage")
    String coverage(Model model) {
        model.addAttribute("lines", coverage.now());
        return "routing/coverage";
    }

    @GetMapping("/handoffs/figures")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String figures(@RequestParam(defaultValue = "30") int days, Model model) {
        model.addAttribute("report", figures.lastDays(days));
        return "routing/figures";
    }

    private String save(RedirectAttributes redirect, Model model, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", text("routing.topics.saved"));
            return "redirect:/topics";
        } catch (InvalidInput e) {
            model.addAttribute("failure", fieldProblems.of(e, FIELD_LABELS::get));
        } catch (KantorException e) {
            if (e.kind() == KantorException.Kind.FORBIDDEN || e.kind() == KantorException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("failure", text(e.messageKey(), e.args()));
        }
        return list(model);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** A topic's fields as the form posts them; skills come as parallel lists of skill and level. */
    record TopicFields(String nameEn, String nameIdn, Long teamDepartmentId, Integer sortOrder, Boolean active,
            List<Long> skillId, List<Integer> minLevel) {

        TopicDetails details() {
            List<TopicSkill> skills = new ArrayList<>();
            if (skillId != null) {
                for (int i = 0; i < skillId.size(); i++) {
                    Integer level = minLevel != null && i < minLevel.size() ? minLevel.get(i) : null;
                    if (skillId.get(i) != null) {
                        skills.add(new TopicSkill(skillId.get(i), level == null ? 0 : level));
                    }
                }
            }
            return new TopicDetails(nameEn, nameIdn, teamDepartmentId, sortOrder == null ? 0 : sortOrder,
                    active == null || active, skills);
        }
    }
}
