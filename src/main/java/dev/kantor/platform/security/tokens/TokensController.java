package dev.kantor.platform.security.tokens;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.web.FieldProblems;

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
 * The pages of API tokens: "My API tokens" for everyone, and the admins' service accounts. A new
 * token's secret is shown on the page that answers the form, once, and never stored in the session.
 */
@Controller
class TokensController {

    private final ApiTokens tokens;
    private final ServiceAccounts serviceAccounts;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;

    TokensController(
            ApiTokens tokens, ServiceAccounts serviceAccounts, MessageSource messages, FieldProblems fieldProblems) {
        this.tokens = tokens;
        this.serviceAccounts = serviceAccounts;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
    }

    @GetMapping("/account/tokens")
    String own(Model model, HttpServletResponse response) {
        return ownPage(model, response);
    }

    @PostMapping("/account/tokens")
    String create(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) List<String> scopes,
            Model model,
            HttpServletResponse response) {
        act(model, () -> {
            model.addAttribute("made", tokens.createOwn(name, days, scopes));
            return null;
        });
        return ownPage(model, response);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Model model, HttpServletResponse response) {
        act(model, () -> {
            tokens.revokeOwn(id);
            return text("tokens.revoked");
        });
        return ownPage(model, response);
    }

    @GetMapping("/service-accounts")
    @PreAuthorize("hasRole('ADMIN')")
    String serviceAccounts(Model model, HttpServletResponse response) {
        return servicePage(model, response);
    }

    @PostMapping("/service-accounts")
    @PreAuthorize("hasRole('ADMIN')")
    String createServiceAccount(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String role,
            Model model,
            HttpServletResponse response) {
        act(model, () -> {
            serviceAccounts.create(name, description, role);
            return text("service-accounts.created", name);
        });
        return servicePage(model, response);
    }

    @PostMapping("/service-accounts/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    String disableServiceAccount(@PathVariable long id, Model model, HttpServletResponse response) {
        act(model, () -> {
            serviceAccounts.disable(id);
            return text("service-accounts.disabled-done");
        });
        return servicePage(model, response);
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
        act(model, () -> {
            model.addAttribute("made", serviceAccounts.createToken(id, name, days, scopes));
            return null;
        });
        return servicePage(model, response);
    }

    @PostMapping("/service-accounts/{id}/tokens/{tokenId}/revoke")
    @PreAuthorize("hasRole('ADMIN')")
    String revokeServiceToken(
            @PathVariable long id, @PathVariable long tokenId, Model model, HttpServletResponse response) {
        act(model, () -> {
            serviceAccounts.revokeToken(id, tokenId);
            return text("tokens.revoked");
        });
        return servicePage(model, response);
    }

    private String ownPage(Model model, HttpServletResponse response) {
        // the page may show a new token's secret once: no copy of it is kept anywhere, not even a cache
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("tokens", tokens.own());
        common(model);
        return "platform/tokens";
    }

    private String servicePage(Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("serviceAccounts", serviceAccounts.all());
        model.addAttribute("roles", Role.values());
        common(model);
        return "platform/service-accounts";
    }

    private void common(Model model) {
        model.addAttribute("scopes", TokenScope.values());
        model.addAttribute("dayChoices", List.of(7, 30, 90, tokens.maxDays()));
    }

    private void act(Model model, Supplier<String> action) {
        try {
            String done = action.get();
            if (done != null) {
                model.addAttribute("success", done);
            }
        } catch (InvalidInput e) {
            model.addAttribute("failure", fieldProblems.of(e, field -> "tokens.field." + field));
        } catch (KantorException e) {
            model.addAttribute("failure", text(e.messageKey(), e.args()));
        }
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
