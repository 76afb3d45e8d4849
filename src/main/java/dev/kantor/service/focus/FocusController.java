package dev.kantor.service.focus;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.FormBinding;
import dev.kantor.platform.web.FormProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The focus windows page: the reader's own windows and their department's, and a form to add one. */
@Controller
class FocusController {

    /** The form: a weekday, a span in local time, and whether it is the department's. */
    record FocusForm(DayOfWeek day, LocalTime starts, LocalTime ends, Boolean forDepartment) {}

    private final FocusWindows windows;
    private final dev.kantor.people.Whereabouts whereabouts;
    private final MessageSource messages;

    FocusController(FocusWindows windows, dev.kantor.people.Whereabouts whereabouts, MessageSource messages) {
        this.windows = windows;
        this.whereabouts = whereabouts;
        this.messages = messages;
    }

    /** Where the reader is today, on their record: shown to colleagues in "who can help now". */
    @PostMapping("/service/focus/where")
    String where(
            @org.springframework.web.bind.annotation.RequestParam(required = false) String desk,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String floor,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String extension,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean remoteToday,
            RedirectAttributes redirect) {
        try {
            whereabouts.record(
                    dev.kantor.platform.security.CurrentUser.employeeId("service.request.needs-employee"),
                    new dev.kantor.people.Whereabouts.Place(desk, floor, extension, remoteToday));
            redirect.addFlashAttribute("success", text("service.where.saved"));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute(
                    "failure",
                    String.join(
                            " ",
                            e.problems().stream()
                                    .map(p -> text(
                                            "service.where.problem",
                                            text("whereabouts." + p.field()),
                                            text(p.messageKey(), p.args().toArray())))
                                    .toList()));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/service/focus";
    }

    @GetMapping("/service/focus")
    String show(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new FocusForm(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), false));
        }
        return page(model);
    }

    @PostMapping("/service/focus")
    String add(
            @ModelAttribute("form") FocusForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        BindingResult result = FormBinding.kept(form, binding, model);
        try {
            if (result.hasErrors()) {
                throw new InvalidInput(List.of());
            }
            windows.add(form.day(), form.starts(), form.ends(), Boolean.TRUE.equals(form.forDepartment()));
            redirect.addFlashAttribute("success", text("service.focus.added"));
            return "redirect:/service/focus";
        } catch (KantorException e) {
            FormProblems.bind(e, result, Map.of());
            response.setStatus(
                    e.kind() == KantorException.Kind.FORBIDDEN
                            ? HttpStatus.FORBIDDEN.value()
                            : HttpStatus.BAD_REQUEST.value());
            return page(model);
        }
    }

    @PostMapping("/service/focus/{id}/delete")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        try {
            windows.remove(id);
            redirect.addFlashAttribute("success", text("service.focus.removed"));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/service/focus";
    }

    private String page(Model model) {
        model.addAttribute("windows", windows.mine());
        model.addAttribute(
                "where",
                dev.kantor.platform.security.CurrentUser.get()
                        .map(dev.kantor.platform.security.KantorUser::employeeId)
                        .flatMap(whereabouts::of)
                        .orElse(new dev.kantor.people.Whereabouts.Place(null, null, null, false)));
        model.addAttribute("days", DayOfWeek.values());
        return "service/focus";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
