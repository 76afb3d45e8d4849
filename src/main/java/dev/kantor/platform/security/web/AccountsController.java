package dev.kantor.platform.security.web;

import java.util.Locale;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.AccountAdministration;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' accounts page: who can sign in, disabling and enabling, temporary passwords. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountsController {

    private final AccountAdministration accounts;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;

    AccountsController(AccountAdministration accounts, MessageSource messages, FieldProblems fieldProblems) {
        this.accounts = accounts;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
    }

    @GetMapping("/accounts")
    String list(Model model, HttpServletResponse response) {
        // the page may show a temporary password once: no copy of it is kept anywhere, not even a cache
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("accounts", accounts.accounts());
        return "platform/accounts";
    }

    @PostMapping("/accounts/{username}/disable")
    String disable(@PathVariable String username, RedirectAttributes redirect) {
        return act(redirect, () -> {
            accounts.disable(username);
            return text("accounts.disabled-done", username);
        });
    }

    @PostMapping("/accounts/{username}/enable")
    String enable(@PathVariable String username, RedirectAttributes redirect) {
        return act(redirect, () -> {
            accounts.enable(username);
            return text("accounts.enabled-done", username);
        });
    }

    @PostMapping("/accounts/{username}/password-reset")
    String resetPassword(
            @PathVariable String username,
            @RequestParam(required = false) String password,
            RedirectAttributes redirect) {
        return act(redirect, () -> text("accounts.reset-done", username, accounts.resetPassword(username, password)));
    }

    private String act(RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("success", action.get());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("failure", fieldProblems.of(e, field -> "accounts.reset-password"));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/accounts";
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
