package dev.kantor.reporting.rollup;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's action that rebuilds every case figure from scratch. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RebuildController {

    private final Rebuild rebuild;
    private final MessageSource messages;

    RebuildController(Rebuild rebuild, MessageSource messages) {
        this.rebuild = rebuild;
        this.messages = messages;
    }

    @PostMapping("/reports/rebuild")
    String rebuild(RedirectAttributes redirect, Locale locale) {
        long cases = rebuild.run();
        redirect.addFlashAttribute(
                "success", messages.getMessage("reporting.rebuild.done", new Object[] {cases}, locale));
        return "redirect:/reports/front-office";
    }
}
