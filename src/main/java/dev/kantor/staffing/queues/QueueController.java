package dev.kantor.staffing.queues;

import java.util.function.Supplier;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.FormProblems;
import dev.kantor.staffing.QueueChannel;

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

/** Managers and admins define, change and remove work queues; the overview lists them for everyone. */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class QueueController {

    private final StoredQueues queues;
    private final MessageSource messages;

    QueueController(StoredQueues queues, MessageSource messages) {
        this.queues = queues;
        this.messages = messages;
    }

    @GetMapping("/staffing/queues/new")
    String initCreation(Model model) {
        model.addAttribute("form", QueueForm.blank());
        return form(model, null);
    }

    @PostMapping("/staffing/queues/new")
    String processCreation(
            @ModelAttribute("form") QueueForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        form(model, null);
        return save(form, result, redirect, () -> queues.create(form.details()));
    }

    @GetMapping("/staffing/queues/{id}/edit")
    String initUpdate(@PathVariable long id, Model model) {
        WorkQueue queue = queues.get(id);
        model.addAttribute("form", QueueForm.of(queue));
        return form(model, queue);
    }

    @PostMapping("/staffing/queues/{id}/edit")
    String processUpdate(
            @PathVariable long id,
            @ModelAttribute("form") QueueForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form(model, queues.get(id));
        return save(form, result, redirect, () -> queues.change(id, form.details(), form.getVersion()));
    }

    @PostMapping("/staffing/queues/{id}/remove")
    String remove(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            WorkQueue removed = queues.remove(id, version == null ? -1 : version);
            redirect.addFlashAttribute("success", text("staffing.queue.removed", removed.name()));
            return "redirect:/staffing";
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
            return "redirect:/staffing/queues/" + id + "/edit";
        }
    }

    private static String form(Model model, WorkQueue queue) {
        model.addAttribute("queue", queue);
        model.addAttribute("channels", QueueChannel.values());
        model.addAttribute("dayNames", DayNames.inReadersLanguage());
        return "staffing/queue-form";
    }

    /** Saves a form: on success back to the overview with a message, else the form with every problem marked. */
    private String save(QueueForm form, BindingResult result, RedirectAttributes redirect, Supplier<WorkQueue> change) {
        try {
            if (result.hasErrors()) {
                // nothing is saved, but every rule the bound fields break is reported too
                QueueRules.check(form.details());
                return "staffing/queue-form";
            }
            WorkQueue saved = change.get();
            redirect.addFlashAttribute("success", text("staffing.queue.saved", saved.name()));
            return "redirect:/staffing";
        } catch (KantorException e) {
            FormProblems.bind(e, result, form::fieldOf);
        }
        return "staffing/queue-form";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
