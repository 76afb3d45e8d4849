package dev.kantor.cases.sla;

import java.time.Duration;
import java.util.stream.Collectors;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.Priority;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.EnumParameters;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service targets every case is measured against, so that everyone who serves customers
 * knows the promise; managers and admins change them, in business hours.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class ServiceTargetsController {

    /** Far beyond the longest target (30 days), and far from overflowing a duration in minutes. */
    private static final double MAX_HOURS = 10_000;

    private final SlaTargets targets;
    private final MessageSource messages;

    ServiceTargetsController(SlaTargets targets, MessageSource messages) {
        this.targets = targets;
        this.messages = messages;
    }

    @GetMapping("/service-targets")
    String serviceTargets(Model model) {
        model.addAttribute("targets", targets.all());
        model.addAttribute("types", CaseType.values());
        model.addAttribute("priorities", Priority.values());
        return "cases/targets";
    }

    /** Managers and admins change one kind of case's targets (the service says who may). */
    @PostMapping("/service-targets")
    String changeServiceTarget(
            @RequestParam String type,
            @RequestParam String priority,
            @RequestParam(required = false) Double firstResponseHours,
            @RequestParam(required = false) Double resolutionHours,
            @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            targets.change(
                    EnumParameters.parse(CaseType.class, type),
                    EnumParameters.parse(Priority.class, priority),
                    hours(firstResponseHours),
                    hours(resolutionHours),
                    version);
            redirect.addFlashAttribute("success", text("targets.saved"));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute(
                    "failure",
                    e.problems().stream()
                            .map(p -> text(p.messageKey(), p.args().toArray()))
                            .distinct()
                            .collect(Collectors.joining(" ")));
        } catch (KantorException e) {
            if (e.kind() == KantorException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/service-targets";
    }

    /**
     * Business hours as typed. Hours beyond any target, either way, stay beyond it (and are refused
     * with the range) rather than overflow a duration.
     */
    private static Duration hours(Double hours) {
        if (hours == null || hours.isNaN() || hours.isInfinite()) {
            return null;
        }
        return Duration.ofMinutes(Math.round(Math.max(-MAX_HOURS, Math.min(MAX_HOURS, hours)) * 60));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
