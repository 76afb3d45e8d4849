package dev.kantor.platform.security.tokens;

import java.util.List;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.security.Role;
import dev.kantor.platform.web.SecretShownOnce;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of API tokens: "My API tokens" for everyone, and the admins' service accounts. A new
 * token's secret is shown on the page that answers the form, once, and never stored in the session;
 * revoking and the other actions redirect back with their message ({@link SecretShownOnce}).
 */
@Controller
class TokensController {

    private static final String FIELDS = "tokens.field.";

    private final ApiTokens tokens;
    private final ServiceAccounts serviceAccounts;
    private final SecretShownOnce secrets;

    TokensController(ApiTokens tokens, ServiceAccounts serviceAccounts, SecretShownOnce secrets) {
        this.tokens = tokens;
        this.serviceAccounts = serviceAccounts;
        this.secrets = secrets;
    }

    @GetMapping("/account/tokens")
    String own(Model model, HttpServletResponse response) {
        return ownPage(model, response).show();
    }

    @PostMapping("/account/tokens")
    String create(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) List<String> scopes,
            Model model,
            HttpServletResponse response) {
        return ownPage(model, response).make(() -> tokens.createOwn(name, days, scopes));
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return ownPage(model, response).act(flash, "/account/tokens", () -> tokens.revokeOwn(id), "tokens.revoked");
    }

    @GetMapping("/service-accounts")
    @PreAuthorize("hasRole('ADMIN')")
    String serviceAccounts(Model model, HttpServletResponse response) {
        return servicePage(model, response).show();
    }

    @PostMapping("/service-accounts")
    @PreAuthorize("hasRole('ADMIN')")
    String createServiceAccount(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String role,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return servicePage(model, response)
                .act(
                        flash,
                        "/service-accounts",
                        () -> serviceAccounts.create(name, description, role),
                        "service-accounts.created",
                        name);
    }

    @PostMapping("/service-accounts/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    String disableServiceAccount(
            @PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return servicePage(model, response)
                .act(flash, "/service-accounts", () -> serviceAccounts.disable(id), "service-accounts.disabled-done");
    }

    @PostMapping("/service-accounts/{id}/tokens")
    @PreAuthorize("hasRole('ADMIN')")
    String createServiceToken(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) List<String> scopes,
            Model model,
            HttpServletResponse response) {
        return servicePage(model, response).make(() -> serviceAccounts.createToken(id, name, days, scopes));
    }

    @PostMapping("/service-accounts/{id}/tokens/{tokenId}/revoke")
    @PreAuthorize("hasRole('ADMIN')")
    String revokeServiceToken(
            @PathVariable long id,
            @PathVariable long tokenId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return servicePage(model, response)
                .act(flash, "/service-accounts", () -> serviceAccounts.revokeToken(id, tokenId), "tokens.revoked");
    }

    private SecretShownOnce.Page ownPage(Model model, HttpServletResponse response) {
        return secrets.page(model, response, FIELDS, () -> {
            model.addAttribute("tokens", tokens.own());
            common(model);
            return "platform/tokens";
        });
    }

    private SecretShownOnce.Page servicePage(Model model, HttpServletResponse response) {
        return secrets.page(model, response, FIELDS, () -> {
            model.addAttribute("serviceAccounts", serviceAccounts.all());
            model.addAttribute("roles", Role.values());
            common(model);
            return "platform/service-accounts";
        });
    }

    private void common(Model model) {
        model.addAttribute("scopes", TokenScope.values());
        model.addAttribute("dayChoices", List.of(7, 30, 90, tokens.maxDays()));
    }
}
