package dev.kantor.cases.work;

import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.work.CaseController.EmployeeNames;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The small part of a case's page that asks every few seconds what happened meanwhile: it says the
 * reader is still there, shows who else is, appends new timeline entries, puts a notice above the
 * timeline for each thing someone else did and brings the case's status and owner up to date. It
 * never touches the forms, so nothing anyone is typing is overwritten.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class LiveCaseController {

    private final LiveCase live;
    private final Cases cases;
    private final CaseQueries queries;

    LiveCaseController(LiveCase live, Cases cases, CaseQueries queries) {
        this.live = live;
        this.cases = cases;
        this.queries = queries;
    }

    /** @param after the newest timeline entry the page shows */
    @GetMapping("/cases/{id}/live")
    String live(@PathVariable long id, @RequestParam(defaultValue = "0") long after, Model model) {
        if (!cases.existsById(id)) {
            throw KantorException.notFound("error.case-not-found", id);
        }
        Long me = CurrentUser.get().map(KantorUser::employeeId).orElse(null);
        EmployeeNames names = new EmployeeNames(queries);
        LiveCase.News news = live.since(id, Math.max(0, after), me, names, LocaleContextHolder.getLocale());
        model.addAttribute("caseId", id);
        model.addAttribute("after", news.after());
        model.addAttribute("viewers", live.viewers(id, me, names));
        model.addAttribute("news", news);
        model.addAttribute("c", news.customerCase());
        return "cases/live :: update";
    }
}
