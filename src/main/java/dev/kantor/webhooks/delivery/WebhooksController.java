package dev.kantor.webhooks.delivery;

import java.util.List;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.web.SecretShownOnce;
import dev.kantor.webhooks.catalogue.EventCatalogue;
import dev.kantor.webhooks.subscriptions.Subscriptions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' webhook pages: the subscriptions (a new one's secret shown once, on the page that answers
 * the form) and each subscription's delivery log with "send again" and "resume"; the actions redirect
 * back with their message ({@link SecretShownOnce}).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class WebhooksController {

    private static final String FIELDS = "webhooks.field.";

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final SecretShownOnce secrets;
    private final DeliveryRetention.RetentionPeriods retention;

    WebhooksController(
            Subscriptions subscriptions,
            Deliveries deliveries,
            SecretShownOnce secrets,
            DeliveryRetention.RetentionPeriods retention) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.retention = retention;
    }

    @GetMapping("/webhooks")
    String list(Model model, HttpServletResponse response) {
        return listPage(model, response).show();
    }

    @PostMapping("/webhooks")
    String create(
            @RequestParam(required = false) String url,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) List<String> eventTypes,
            Model model,
            HttpServletResponse response) {
        return listPage(model, response).make(() -> subscriptions.create(url, description, eventTypes));
    }

    @GetMapping("/webhooks/{id}")
    String detail(@PathVariable long id, Model model, HttpServletResponse response) {
        return detailPage(id, model, response).show();
    }

    @PostMapping("/webhooks/{id}/deliveries/{deliveryId}/send-again")
    String sendAgain(
            @PathVariable long id,
            @PathVariable long deliveryId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return detailPage(id, model, response)
                .act(flash, "/webhooks/" + id, () -> deliveries.sendAgain(id, deliveryId), "webhooks.sent-again");
    }

    @PostMapping("/webhooks/{id}/resume")
    String resume(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return detailPage(id, model, response)
                .act(flash, "/webhooks/" + id, () -> subscriptions.resume(id), "webhooks.resumed");
    }

    @PostMapping("/webhooks/{id}/delete")
    String delete(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return listPage(model, response).act(flash, "/webhooks", () -> subscriptions.delete(id), "webhooks.deleted");
    }

    private SecretShownOnce.Page listPage(Model model, HttpServletResponse response) {
        return secrets.page(model, response, FIELDS, () -> {
            model.addAttribute("subscriptions", subscriptions.all());
            model.addAttribute("eventTypes", EventCatalogue.TYPES);
            return "webhooks/list";
        });
    }

    private SecretShownOnce.Page detailPage(long id, Model model, HttpServletResponse response) {
        return secrets.page(model, response, FIELDS, () -> {
            model.addAttribute("subscription", subscriptions.one(id));
            model.addAttribute("deliveries", deliveries.log(id, 100));
            model.addAttribute("keptDeliveredDays", retention.deliveredDays());
            model.addAttribute("keptUndeliveredDays", retention.undeliveredDays());
            return "webhooks/detail";
        });
    }
}
