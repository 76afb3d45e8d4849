package dev.kantor.policies.acknowledgements;

import java.util.Locale;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.policies.applying.PoliciesInForce;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every employee's policies: what applies to them, in their language, and what they are asked to acknowledge
 * (also on their home page, acknowledged with one click); HR's completion report and reminder schedule.
 */
@Controller
class MyPoliciesController {

    private final Acknowledgements acknowledgements;
    private final PoliciesInForce inForce;
    private final ReminderSettings settings;
    private final MessageSource messages;

    MyPoliciesController(
            Acknowledgements acknowledgements,
            PoliciesInForce inForce,
            ReminderSettings settings,
            MessageSource messages) {
        this.acknowledgements = acknowledgements;
        this.inForce = inForce;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/policies/mine")
    String mine(Model model) {
        long me = CurrentUser.employeeId("policies.no-employee");
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("applying", inForce.of(me, inForce.today()));
        var open = acknowledgements.open(me, locale);
        model.addAttribute(
                "openIds",
                open.stream().map(Acknowledgements.ToAcknowledge::versionId).toList());
        model.addAttribute("acknowledged", acknowledgements.acknowledgedBy(me));
        return "policies/mine";
    }

    /** The home page's card: what the person still has to acknowledge (nothing when there is nothing). */
    @GetMapping("/policies/mine/home")
    String home(Model model) {
        long me = CurrentUser.employeeId("policies.no-employee");
        model.addAttribute("open", acknowledgements.open(me, LocaleContextHolder.getLocale()));
        return "policies/home :: card";
    }

    @PostMapping("/policies/mine/{versionId}/acknowledge")
    String acknowledge(
            @PathVariable long versionId, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        long me = CurrentUser.employeeId("policies.no-employee");
        try {
            acknowledgements.acknowledge(me, versionId);
            redirect.addFlashAttribute("success", text("policies.acknowledged"));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "home".equals(back) ? "redirect:/" : "redirect:/policies/mine";
    }

    @GetMapping("/policies/acknowledgements")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String report(@RequestParam(required = false) Long versionId, Model model) {
        model.addAttribute("report", acknowledgements.report(versionId, LocaleContextHolder.getLocale()));
        if (!model.containsAttribute("schedule")) {
            var s = settings.now();
            model.addAttribute(
                    "schedule", new ScheduleForm(s.dueAfterDays(), s.firstAfterDays(), s.everyDays(), s.version()));
        }
        return "policies/acknowledgements";
    }

    @PostMapping("/policies/acknowledgements/schedule")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String schedule(
            @ModelAttribute("schedule") ScheduleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ReminderSettings.Schedule.check(form.getDueAfterDays(), form.getFirstAfterDays(), form.getEveryDays());
                settings.change(
                        form.getDueAfterDays(), form.getFirstAfterDays(), form.getEveryDays(), form.getVersion());
                redirect.addFlashAttribute("success", text("policies.reminders.saved"));
                return "redirect:/policies/acknowledgements";
            } catch (KantorException e) {
                dev.kantor.platform.web.FormProblems.bind(e, result);
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                result.reject("error.concurrent-change");
            }
        }
        return report(null, model);
    }

    /** HR's reminder schedule as the form sends it. */
    public static class ScheduleForm {

        private Integer dueAfterDays;
        private Integer firstAfterDays;
        private Integer everyDays;
        private int version;

        public ScheduleForm() {}

        ScheduleForm(Integer dueAfterDays, Integer firstAfterDays, Integer everyDays, int version) {
            this.dueAfterDays = dueAfterDays;
            this.firstAfterDays = firstAfterDays;
            this.everyDays = everyDays;
            this.version = version;
        }

        public Integer getDueAfterDays() {
            return dueAfterDays;
        }

        public void setDueAfterDays(Integer dueAfterDays) {
            this.dueAfterDays = dueAfterDays;
        }

        public Integer getFirstAfterDays() {
            return firstAfterDays;
        }

        public void setFirstAfterDays(Integer firstAfterDays) {
            this.firstAfterDays = firstAfterDays;
        }

        public Integer getEveryDays() {
            return everyDays;
        }

        public void setEveryDays(Integer everyDays) {
            this.everyDays = everyDays;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
