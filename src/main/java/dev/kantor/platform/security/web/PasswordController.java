package dev.kantor.platform.security.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.security.AccountAdministration;
import dev.kantor.platform.security.SignedInPerson;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where every signed-in person changes their own password, giving the current one; someone an
 * admin gave a temporary password is sent here before anything else.
 */
@Controller
class PasswordController {

    private static final String PAGE = "platform/password";

    private final AccountAdministration accounts;
    private final MessageSource messages;

    PasswordController(AccountAdministration accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String initChangeForm(Model model) {
        return page(model, Map.of());
    }

    @PostMapping("/account/password")
    String processChangeForm(PasswordForm form, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        if (form.newPassword() != null && !form.newPassword().equals(form.repeatPassword())) {
            return page(model, Map.of("repeatPassword", text("validation.password-repeat")));
        }
        HttpSession session = request.getSession(false);
        try {
            accounts.changeOwnPassword(form.currentPassword(), form.newPassword(), request.getRemoteAddr(),
                    session == null ? null : session.getId());
        } catch (InvalidInput e) {
            Map<String, String> problems = new LinkedHashMap<>();
            for (FieldProblem p : e.problems()) {
                problems.putIfAbsent(p.field(), text(p.messageKey(), p.args().toArray()));
            }
            return page(model, problems);
        }
        SignedInPerson.choseOwnPassword(request, response);
        redirect.addFlashAttribute("success", text("password.changed"));
        return "redirect:/";
    }

    private String page(Model model, Map<String, String> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("required", SignedInPerson.mustChangePassword());
        return PAGE;
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    /** What the form sends; passwords are never shown again, so the form keeps no values. */
    record PasswordForm(String currentPassword, String newPassword, String repeatPassword) {
    }
}
