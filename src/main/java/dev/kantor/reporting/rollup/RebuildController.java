package dev.kantor.reporting.rollup;

import java.util.Locale;

import dev.kantor.platform.KantorException;
import dev.kantor.reporting.RollupsRebuilt;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's action that rebuilds every figure from scratch. */
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
        try {
            RollupsRebuilt done = rebuild.run("page");
            redirect.addFlashAttribute(
                    "success",
                    messages.getMessage(
                            "reporting.rebuild.done-all",
                            new Object[] {
                                done.cases(),
                                done.handoffs(),
                                done.requests(),
                                done.ratings(),
                                done.intervals(),
                                done.fillIns()
                            },
                            locale));
        } catch (KantorException refused) {
            redirect.addFlashAttribute("failure", messages.getMessage(refused.messageKey(), refused.args(), locale));
        }
        return "redirect:/reports/front-office";
    }
}
