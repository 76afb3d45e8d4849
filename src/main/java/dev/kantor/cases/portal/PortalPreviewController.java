package dev.kantor.cases.portal;

import dev.kantor.platform.KantorException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the customer of a case sees on their portal page, for staff: the same page, read-only,
 * under a banner. Staff need to see what the customer sees, not to speak for them.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class PortalPreviewController {

    private final CustomerPortal portal;
    private final PortalCasePage page;

    PortalPreviewController(CustomerPortal portal, PortalCasePage page) {
        this.portal = portal;
        this.page = page;
    }

    @GetMapping("/cases/{id}/portal-preview")
    String preview(@PathVariable long id, Model model) {
        var view = portal.preview(id).orElseThrow(() -> KantorException.notFound("error.case-not-found", id));
        return page.preview(
                view, "/cases/" + id + "/portal-preview", "/cases/" + id, "/cases/" + id + "/files/", model);
    }
}
