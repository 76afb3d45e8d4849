package dev.kantor.webhooks.delivery;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.FieldProblems;
import dev.kantor.webhooks.catalogue.EventCatalogue;
import dev.kantor.webhooks.subscriptions.Subscriptions;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admins' webhook pages: the subscriptions (a new one's secret shown once, on the page that answers
 * the form) and each subscription's delivery log with "send again" and "resume".
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class WebhooksController {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;
    private final DeliveryRetention.RetentionPeriods retention;

    WebhooksController(
            Subscriptions subscriptions,
            Deliveries deliveries,
            MessageSource messages,
            FieldProblems fieldProblems,
            DeliveryRetention.RetentionPeriods retention) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
        this.retention = retention;
    }

    @GetMapping("/webhooks")
    String list(Model model, HttpServletResponse response) {
        return listPage(model, response);
    }

    @PostMapping("/webhooks")
    String create(
            @RequestParam(required = false) String url,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) List<String> eventTypes,
            Model model,
            HttpServletResponse response) {
        act(model, () -> {
            model.addAttribute("made", subscriptions.create(url, description, eventTypes));
            return null;
        });
        return listPage(model, response);
    }

    @GetMapping("/webhooks/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("subscription", subscriptions.one(id));
        model.addAttribute("deliveries", deliveries.log(id, 100));
        model.addAttribute("keptDeliveredDays", retention.deliveredDays());
        model.addAttribute("keptUndeliveredDays", retention.undeliveredDays());
        return "webhooks/detail";
    }

    @PostMapping("/webhooks/{id}/deliveries/{deliveryId}/send-again")
    String sendAgain(@PathVariable long id, @PathVariable long deliveryId, Model model) {
        act(model, () -> {
            deliveries.sendAgain(id, deliveryId);
            return text("webhooks.sent-again");
        });
        return detail(id, model);
    }

    @PostMapping("/webhooks/{id}/resume")
    String resume(@PathVariable long id, Model model) {
        act(model, () -> {
            subscriptions.resume(id);
            return text("webhooks.resumed");
        });
        return detail(id, model);
    }

    @PostMapping("/webhooks/{id}/delete")
    String delete(@PathVariable long id, Model model, HttpServletResponse response) {
        act(model, () -> {
            subscriptions.delete(id);
            return text("webhooks.deleted");
        });
        return listPage(model, response);
    }

    private String listPage(Model model, HttpServletResponse response) {
        // the page may show a new subscription's secret once: no copy of it is kept anywhere, not even a cache
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("subscriptions", subscriptions.all());
        model.addAttribute("eventTypes", EventCatalogue.TYPES);
        return "webhooks/list";
    }

    private void act(Model model, Supplier<String> action) {
        try {
            String done = action.get();
            if (done != null) {
                model.addAttribute("success", done);
            }
        } catch (InvalidInput e) {
            model.addAttribute("failure", fieldProblems.of(e, field -> "webhooks.field." + field));
        } catch (KantorException e) {
            model.addAttribute("failure", text(e.messageKey(), e.args()));
        }
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
