package dev.kantor.cases.mail;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The e-mail outbox: what customers were sent, or would be with a mail server configured. Admins only. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/outbox")
    String list(Model model) {
        model.addAttribute("mails", outbox.latest(200));
        return "cases/outbox";
    }
}
