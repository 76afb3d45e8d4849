package dev.kantor.cases.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.FormProblems;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One's saved views of the case queue: saved from the queue's filters and order, listed, renamed,
 * made the view the queue opens with, deleted.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class CaseViewsController {

    /** The form shows only the name; a rule about the filters it carries unseen goes above it. */
    private static final UnaryOperator<String> FIELDS = field -> "name".equals(field) ? field : null;

    private final CaseViews views;
    private final TopicCatalogue topics;
    private final MessageSource messages;

    CaseViewsController(CaseViews views, TopicCatalogue topics, MessageSource messages) {
        this.views = views;
        this.topics = topics;
        this.messages = messages;
    }

    @GetMapping("/cases/views")
    String list(Model model) {
        List<SavedView> mine = views.mine();
        Map<Long, List<String>> descriptions = new LinkedHashMap<>();
        mine.forEach(v -> descriptions.put(v.getId(), describe(v.criteria())));
        model.addAttribute("views", mine);
        model.addAttribute("descriptions", descriptions);
        model.addAttribute("defaultViewId", views.defaultViewId().orElse(null));
        return "cases/views";
    }

    /** Saves what the queue shows as a view; on success the queue shows it by its name. */
    @PostMapping("/cases/views")
    String processCreation(
            @ModelAttribute("form") ViewForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("view", null);
        model.addAttribute("description", describe(form.criteria()));
        if (result.hasErrors()) {
            return "cases/view-form";
        }
        try {
            SavedView saved = views.create(form.getName(), form.criteria(), form.isMakeDefault());
            redirect.addFlashAttribute("success", text("queue.views.saved", saved.getName()));
            return "redirect:/cases?view=" + saved.getId();
        } catch (KantorException e) {
            FormProblems.bind(e, result, FIELDS);
            return "cases/view-form";
        }
    }

    @GetMapping("/cases/views/{id}/edit")
    String initUpdate(@PathVariable long id, Model model) {
        SavedView view = own(id);
        model.addAttribute("view", view);
        model.addAttribute("description", describe(view.criteria()));
        model.addAttribute(
                "form",
                ViewForm.of(
                        view, views.defaultViewId().map(view.getId()::equals).orElse(false)));
        return "cases/view-form";
    }

    /** Renames a view and says whether the queue opens with it; its filters and order stay as saved. */
    @PostMapping("/cases/views/{id}/edit")
    String processUpdate(
            @PathVariable long id,
            @ModelAttribute("form") ViewForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SavedView view = own(id);
        model.addAttribute("view", view);
        model.addAttribute("description", describe(view.criteria()));
        if (result.hasErrors()) {
            return "cases/view-form";
        }
        try {
            SavedView saved = views.change(id, form.getName(), null, form.isMakeDefault(), form.getVersion());
            redirect.addFlashAttribute("success", text("queue.views.changed", saved.getName()));
            return "redirect:/cases/views";
        } catch (KantorException e) {
            FormProblems.bind(e, result, FIELDS);
            return "cases/view-form";
        } catch (OptimisticLockingFailureException e) {
            result.reject("error.concurrent-change");
            return "cases/view-form";
        }
    }

    @PostMapping("/cases/views/{id}/default")
    String makeDefault(@PathVariable long id, RedirectAttributes redirect) {
        views.makeDefault(id);
        redirect.addFlashAttribute("success", text("queue.views.default-set", own(id).getName()));
        return "redirect:/cases/views";
    }

    @PostMapping("/cases/views/no-default")
    String clearDefault(RedirectAttributes redirect) {
        views.clearDefault();
        redirect.addFlashAttribute("success", text("queue.views.default-cleared"));
        return "redirect:/cases/views";
    }

    @PostMapping("/cases/views/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        String name = own(id).getName();
        views.delete(id);
        redirect.addFlashAttribute("success", text("queue.views.deleted", name));
        return "redirect:/cases/views";
    }

    private SavedView own(long id) {
        return views.find(id).orElseThrow(() -> KantorException.notFound("queue.views.not-found", id));
    }

    private List<String> describe(ViewCriteria criteria) {
        return ViewDescription.of(criteria, messages, LocaleContextHolder.getLocale(), topics);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
