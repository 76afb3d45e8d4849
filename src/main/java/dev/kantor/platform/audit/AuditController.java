package dev.kantor.platform.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page, for HR and admins. */
@Controller
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("events", trail.latest(type, q, 300));
        model.addAttribute("type", type);
        model.addAttribute("q", q);
        return "platform/audit";
    }
}
