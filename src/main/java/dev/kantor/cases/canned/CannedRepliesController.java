package dev.kantor.cases.canned;

import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.FormBinding;
import dev.kantor.platform.web.FormProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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
 * The canned replies page (the replies one may use, a form to write or change one) and the picker
 * on a case's page, which lists them as the agent types part of a title, ready to insert.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class CannedRepliesController {

    private static final String PAGE = "cases/canned-replies";

    private final CannedReplies replies;
    private final MessageSource messages;

    CannedRepliesController(CannedReplies replies, MessageSource messages) {
        this.replies = replies;
        this.messages = messages;
    }

    @GetMapping("/canned-replies")
    String list(@RequestParam(required = false) Long edit, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", edit == null ? CannedReplyForm.empty() : CannedReplyForm.of(replies.get(edit)));
        }
        model.addAttribute("editing", edit);
        return page(model);
    }

    @PostMapping("/canned-replies")
    String create(
            @ModelAttribute("form") CannedReplyForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(form, binding, model, response, redirect, null, () -> replies.create(form.draft()));
    }

    @PostMapping("/canned-replies/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") CannedReplyForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(
                form,
                binding,
                model,
                response,
                redirect,
                id,
                () -> replies.update(id, form.draft(), form.version() == null ? -1 : form.version()));
    }

    @PostMapping("/canned-replies/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            replies.delete(id);
            redirect.addFlashAttribute("success", text("canned.deleted"));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/canned-replies";
    }

    /** The picker on a case's reply box: the replies whose title holds what was typed, filled in for the case. */
    @GetMapping("/cases/{id}/canned-replies")
    String picker(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("picked", replies.forCase(id, q));
        return "cases/canned-replies :: picker";
    }

    private String save(
            CannedReplyForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Long editing,
            Runnable change) {
        BindingResult result = FormBinding.kept(form, binding, model);
        try {
            if (result.hasErrors()) {
                throw new dev.kantor.platform.InvalidInput(java.util.List.of());
            }
            change.run();
            redirect.addFlashAttribute("success", text("canned.saved"));
            return "redirect:/canned-replies";
        } catch (KantorException e) {
            FormProblems.bind(e, result, Map.of());
            response.setStatus(
                    e.kind() == KantorException.Kind.FORBIDDEN
                            ? HttpStatus.FORBIDDEN.value()
                            : e.kind() == KantorException.Kind.CONFLICT
                                    ? HttpStatus.CONFLICT.value()
                                    : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("editing", editing);
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("replies", replies.usable(null));
        model.addAttribute("canned", replies);
        return PAGE;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
