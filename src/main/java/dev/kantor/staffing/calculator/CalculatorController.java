package dev.kantor.staffing.calculator;

import java.util.Map;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.web.FormProblems;
import dev.kantor.staffing.requirement.Requirement;
import dev.kantor.staffing.requirement.StaffingBasis;
import dev.kantor.staffing.requirement.StaffingQuestion;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The staffing calculator page, for everyone signed in. A GET form: the answer is a function of the
 * question, so a link to it can be shared and nothing is stored.
 */
@Controller
class CalculatorController {

    /** The calculator asks for minutes where the rules speak of seconds. */
    private static final Map<String, String> FIELDS = Map.of("intervalSeconds", "intervalMinutes");

    static final int SPREAD = 3;

    @GetMapping("/staffing/calculator")
    String calculate(@ModelAttribute("form") CalculatorForm form, BindingResult result, Model model) {
        boolean asked = form.getContacts() != null || result.hasErrors();
        if (!asked) {
            return "staffing/calculator";
        }
        StaffingQuestion question = form.question();
        try {
            StaffingBasis basis = question.basis();
            if (result.hasErrors()) {
                return "staffing/calculator";
            }
            Requirement requirement = basis.requirementFor(question.contacts(), question.intervalSeconds());
            model.addAttribute("requirement", requirement);
            model.addAttribute(
                    "levels",
                    basis
                            .candidatesAround(requirement, question.contacts(), question.intervalSeconds(), SPREAD)
                            .stream()
                            .map(p -> new Level(
                                    p,
                                    basis.scheduled(p.agents()),
                                    basis.target().metBy(p),
                                    p.agents() == requirement.agents()))
                            .toList());
        } catch (InvalidInput e) {
            FormProblems.bind(e, result, FIELDS);
        }
        return "staffing/calculator";
    }
}
