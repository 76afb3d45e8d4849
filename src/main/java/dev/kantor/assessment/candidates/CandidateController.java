package dev.kantor.assessment.candidates;

import java.util.Arrays;
import java.util.Map;

import dev.kantor.assessment.instrument.Instrument;
import dev.kantor.assessment.taking.AnswerParameters;
import dev.kantor.assessment.taking.ProblemTexts;
import dev.kantor.assessment.taking.StoredResponse;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The candidate's side, without an account: their private link opens the questionnaire once, shows
 * the result right after answering, and then opens nothing more. A link that is unknown, used or
 * expired says so in plain words.
 */
@Controller
class CandidateController {

    private final CandidateLinks links;
    private final ProblemTexts problemTexts;

    CandidateController(CandidateLinks links, ProblemTexts problemTexts) {
        this.links = links;
        this.problemTexts = problemTexts;
    }

    @GetMapping("/assessment/candidate/{token}")
    String form(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        try {
            Candidate candidate = links.opened(token);
            return questionnaire(model, token, candidate, Map.of(), Map.of(), false);
        } catch (KantorException e) {
            return closed(model, token, e, response);
        }
    }

    @PostMapping("/assessment/candidate/{token}")
    String answer(
            @PathVariable String token,
            @RequestParam Map<String, String> parameters,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Map<Integer, Integer> answers = AnswerParameters.read(parameters);
        boolean shared = "true".equals(parameters.get("share"));
        try {
            StoredResponse stored = links.answer(token, answers, shared, LocaleContextHolder.getLocale());
            model.addAttribute("result", stored.result());
            model.addAttribute("shared", shared);
            model.addAttribute("here", "/assessment/candidate/" + token);
            return "assessment/candidate-result";
        } catch (InvalidInput e) {
            return questionnaire(model, token, links.opened(token), answers, problemTexts.byField(e), shared);
        } catch (KantorException e) {
            return closed(model, token, e, response);
        }
    }

    private String questionnaire(
            Model model,
            String token,
            Candidate candidate,
            Map<Integer, Integer> chosen,
            Map<String, String> errors,
            boolean share) {
        model.addAttribute("candidate", candidate);
        model.addAttribute("statements", Instrument.statements());
        model.addAttribute("scale", Arrays.asList(1, 2, 3, 4, 5));
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("share", share);
        model.addAttribute("here", "/assessment/candidate/" + token);
        return "assessment/candidate";
    }

    private String closed(
            Model model, String token, KantorException e, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(
                e.kind() == KantorException.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        model.addAttribute("why", e.messageKey());
        model.addAttribute("here", "/assessment/candidate/" + token);
        return "assessment/candidate-closed";
    }
}
