package dev.kantor.cases.resolution;

import java.util.Map;

import dev.kantor.cases.ResolutionType;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.EnumParameters;
import dev.kantor.platform.web.FieldProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Proposing a resolution from the case page: done at once within authority, otherwise sent to whoever can approve. */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class ResolutionController {

    private final Resolutions resolutions;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;

    ResolutionController(Resolutions resolutions, MessageSource messages, FieldProblems fieldProblems) {
        this.resolutions = resolutions;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
    }

    @PostMapping("/cases/{id}/resolution")
    String propose(
            @PathVariable long id,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Long amount,
            @RequestParam(required = false) String note,
            @RequestParam int version,
            @RequestParam(defaultValue = "false") boolean requestApproval,
            RedirectAttributes redirect) {
        ResolutionType resolutionType = EnumParameters.parse(ResolutionType.class, type);
        try {
            ProposalOutcome outcome = resolutions.propose(id, resolutionType, amount, note, version, requestApproval);
            redirect.addFlashAttribute(
                    "success",
                    outcome.carriedOut()
                            ? text("cases.resolution-carried-out")
                            : text("cases.resolution-sent", outcome.approverName()));
        } catch (NoAuthority e) {
            // never a bare "not allowed": say who can approve and offer to send it to them
            redirect.addFlashAttribute(
                    "noAuthority",
                    Map.of(
                            "type",
                            resolutionType.name(),
                            "amount",
                            amount,
                            "note",
                            note == null ? "" : note,
                            "approver",
                            e.approverName()));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("failure", fieldProblems.of(e, field -> "cases.field." + field));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", text("error.concurrent-change"));
        }
        return "redirect:/cases/" + id;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
