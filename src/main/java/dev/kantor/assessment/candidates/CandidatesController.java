package dev.kantor.assessment.candidates;

import dev.kantor.platform.InvalidInput;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * HR invites candidates and reads the results candidates shared. The link is shown once, right
 * after inviting: only its hash is kept.
 */
@Controller
@PreAuthorize("hasRole('HR')")
class CandidatesController {

    /** The invitation form. */
    record InviteForm(String fullName, String email) {}

    private final CandidateLinks links;
    private final MessageSource messages;
    private final java.time.Clock clock;
    private final String publicUrl;

    CandidatesController(
            CandidateLinks links,
            MessageSource messages,
            java.time.Clock clock,
            @Value("${kantor.public-url:http://localhost:8080}") String publicUrl) {
        this.links = links;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/assessment/candidates")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new InviteForm("", ""));
        }
        model.addAttribute("candidates", links.all());
        model.addAttribute("now", clock.instant());
        return "assessment/candidates";
    }

    @PostMapping("/assessment/candidates")
    String invite(
            @ModelAttribute("form") InviteForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            CandidateLinks.Invitation invitation = links.invite(form.fullName(), form.email());
            redirect.addFlashAttribute("link", linkFor(publicUrl, invitation.token()));
            redirect.addFlashAttribute(
                    "success",
                    messages.getMessage(
                            "assessment.candidates.invited",
                            new Object[] {invitation.candidate().fullName()},
                            LocaleContextHolder.getLocale()));
            return "redirect:/assessment/candidates";
        } catch (InvalidInput e) {
            dev.kantor.platform.web.FormProblems.bind(e, binding);
            return list(model);
        }
    }

    @GetMapping("/assessment/candidates/{id}")
    String result(@PathVariable long id, Model model) {
        Candidate candidate = links.byId(id)
                .filter(Candidate::shared)
                .orElseThrow(() -> dev.kantor.platform.KantorException.notFound("assessment.result.not-found"));
        var response = links.shared().get(candidate);
        if (response == null) {
            throw dev.kantor.platform.KantorException.notFound("assessment.result.not-found");
        }
        model.addAttribute("candidate", candidate);
        model.addAttribute("response", response);
        model.addAttribute("result", response.result());
        return "assessment/candidate-shared";
    }

    static String linkFor(String publicUrl, String token) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/assessment/candidate/" + token;
    }
}
