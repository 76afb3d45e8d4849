package dev.kantor.assessment.taking;

import java.util.Arrays;
import java.util.Map;

import dev.kantor.assessment.Audience;
import dev.kantor.assessment.instrument.Instrument;
import dev.kantor.people.People;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Which office suits me": the signed-in employee takes the self-assessment, reads their results and
 * history, and decides whom they share them with. Someone else's result opens only for whom the
 * person shared it with.
 */
@Controller
class SelfAssessmentController {

    static final String NO_EMPLOYEE = "assessment.no-employee";

    private final SelfAssessments assessments;
    private final People people;
    private final MessageSource messages;
    private final ProblemTexts problemTexts;

    SelfAssessmentController(
            SelfAssessments assessments, People people, MessageSource messages, ProblemTexts problemTexts) {
        this.assessments = assessments;
        this.people = people;
        this.messages = messages;
        this.problemTexts = problemTexts;
    }

    @GetMapping("/assessment")
    String mine(Model model) {
        long me = CurrentUser.employeeId(NO_EMPLOYEE);
        var history = assessments.history(me);
        model.addAttribute("history", history);
        model.addAttribute("latest", history.isEmpty() ? null : history.get(0));
        model.addAttribute("shared", assessments.sharedWith(me));
        model.addAttribute("audiences", Audience.values());
        model.addAttribute(
                "hasManager",
                people.employee(me).map(e -> e.getManagerId() != null).orElse(false));
        return "assessment/mine";
    }

    @GetMapping("/assessment/take")
    String form(Model model) {
        CurrentUser.employeeId(NO_EMPLOYEE);
        return questionnaire(model, Map.of(), Map.of());
    }

    @PostMapping("/assessment/take")
    String take(@RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
        long me = CurrentUser.employeeId(NO_EMPLOYEE);
        Map<Integer, Integer> answers = AnswerParameters.read(parameters);
        try {
            StoredResponse stored = assessments.take(me, answers, LocaleContextHolder.getLocale());
            redirect.addFlashAttribute("success", text("assessment.taken"));
            return "redirect:/assessment/results/" + stored.id();
        } catch (InvalidInput e) {
            return questionnaire(model, answers, problemTexts.byField(e));
        }
    }

    @GetMapping("/assessment/results/{id}")
    String result(@PathVariable long id, Model model) {
        StoredResponse response = assessments.visible(id, Reader.current());
        model.addAttribute("response", response);
        model.addAttribute("result", response.result());
        model.addAttribute("own", response.employeeId().equals(Reader.current().employeeId()));
        model.addAttribute("subject", people.nameOf(response.employeeId()).orElse(""));
        return "assessment/result";
    }

    /** Someone's latest result, for whom they shared it with (the link a notification gives). */
    @GetMapping("/assessment/people/{employeeId}")
    String latestOf(@PathVariable long employeeId) {
        var history = assessments.visibleHistory(employeeId, Reader.current());
        if (history.isEmpty()) {
            throw KantorException.notFound(SelfAssessments.NOT_FOUND);
        }
        return "redirect:/assessment/results/" + history.get(0).id();
    }

    @PostMapping("/assessment/sharing")
    String sharing(@RequestParam Audience audience, @RequestParam boolean share, RedirectAttributes redirect) {
        long me = CurrentUser.employeeId(NO_EMPLOYEE);
        if (share) {
            assessments.share(me, audience);
            redirect.addFlashAttribute("success", text("assessment.shared." + audience.name()));
        } else {
            assessments.revoke(me, audience);
            redirect.addFlashAttribute("success", text("assessment.revoked." + audience.name()));
        }
        return "redirect:/assessment";
    }

    private String questionnaire(Model model, Map<Integer, Integer> chosen, Map<String, String> errors) {
        model.addAttribute("statements", Instrument.statements());
        model.addAttribute("scale", Arrays.asList(1, 2, 3, 4, 5));
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("action", "/assessment/take");
        return "assessment/take";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
