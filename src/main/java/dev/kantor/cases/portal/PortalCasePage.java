package dev.kantor.cases.portal;

import java.util.Locale;
import java.util.Optional;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.portal.CustomerPortal.CustomerView;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The portal's case page, built from the customer's view of a case alone: for the customer, with
 * their reply and rating forms; for staff, the same page read-only under a banner saying it is a
 * preview, so that staff see what the customer sees without ever speaking for them.
 */
@Component
class PortalCasePage {

    static final String TEMPLATE = "portal/case";

    private final PortalTimeline timeline;
    private final CustomerTitles titles;

    PortalCasePage(PortalTimeline timeline, CustomerTitles titles) {
        this.timeline = timeline;
        this.titles = titles;
    }

    /** The page the customer reads and writes on through their private link. */
    String forCustomer(CustomerView view, String token, Model model) {
        fill(view, model);
        model.addAttribute("token", token);
        model.addAttribute("filesBase", "/portal/cases/" + token + "/files/");
        model.addAttribute("mayReply", view.status() != CaseStatus.CLOSED);
        model.addAttribute("mayRate", view.done() && view.rating() == null);
        model.addAttribute("here", "/portal/cases/" + token);
        return TEMPLATE;
    }

    /**
     * The same page for a signed-in employee: no forms, a banner, and the way back to the case.
     *
     * @param here     this page's own address, for the language switch
     * @param caseLink where the employee works on the case
     * @param filesBase where the case's files are read, followed by a file's id
     */
    String preview(CustomerView view, String here, String caseLink, String filesBase, Model model) {
        fill(view, model);
        model.addAttribute("filesBase", filesBase);
        model.addAttribute("preview", true);
        model.addAttribute("caseLink", caseLink);
        model.addAttribute("mayReply", false);
        model.addAttribute("mayRate", false);
        model.addAttribute("here", here);
        return TEMPLATE;
    }

    private void fill(CustomerView view, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("view", view);
        model.addAttribute("title", titles.of(view, locale));
        model.addAttribute("status", timeline.status(Optional.of(view.status()), locale));
        model.addAttribute("openedOn", timeline.date(view.openedAt(), locale));
        model.addAttribute("lines", timeline.lines(view.timeline(), view.files(), locale));
    }
}
