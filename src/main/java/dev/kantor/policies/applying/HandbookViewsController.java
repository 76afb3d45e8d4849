package dev.kantor.policies.applying;

import java.time.LocalDate;
import java.util.Locale;

import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The matrix page (categories by environment) and the what-if page, for HR, managers and admins. */
@Controller
@PreAuthorize("hasAnyRole('HR', 'ADMIN', 'MANAGER')")
class HandbookViewsController {

    private final HandbookViews views;
    private final PoliciesInForce inForce;
    private final People people;
    private final MessageSource messages;

    HandbookViewsController(HandbookViews views, PoliciesInForce inForce, People people, MessageSource messages) {
        this.views = views;
        this.inForce = inForce;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/policies/matrix")
    String matrix(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate day = on == null || !InputCheck.isWithinBounds(on) ? inForce.today() : on;
        model.addAttribute(
                "matrix",
                views.matrix(
                        day,
                        locale,
                        messages.getMessage("office.FRONT", null, locale),
                        messages.getMessage("office.BACK", null, locale)));
        return "policies/matrix";
    }

    @GetMapping("/policies/what-if")
    String whatIf(
            @RequestParam(required = false) Long employeeId,
            @RequestParam(required = false) Long positionId,
            @RequestParam(required = false) Long departmentId,
            Model model) {
        model.addAttribute("employees", people.activeEmployees());
        model.addAttribute(
                "positions",
                people.positions().stream().filter(p -> p.isActive()).toList());
        model.addAttribute(
                "departments",
                people.departments().stream().filter(d -> d.isActive()).toList());
        model.addAttribute("employeeId", employeeId);
        model.addAttribute("positionId", positionId);
        model.addAttribute("departmentId", departmentId);
        if (employeeId != null) {
            try {
                model.addAttribute(
                        "result",
                        views.whatIf(
                                employeeId,
                                positionId,
                                departmentId,
                                inForce.today(),
                                LocaleContextHolder.getLocale()));
            } catch (KantorException e) {
                model.addAttribute(
                        "failure", messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
            }
        }
        return "policies/what-if";
    }
}
