package dev.kantor.platform.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.security.AccountAdministration;
import dev.kantor.platform.security.SignedInPerson;
import dev.kantor.platform.web.FormProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
        model.addAttribute("form", new PasswordForm());
        return page(model);
    }

    @PostMapping("/account/password")
    String processChangeForm(
            @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(model);
        }
        if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getRepeatPassword())) {
            result.rejectValue("repeatPassword", "validation.password-repeat");
            return page(model);
        }
        HttpSession session = request.getSession(false);
        try {
            accounts.changeOwnPassword(
                    form.getCurrentPassword(),
                    form.getNewPassword(),
                    request.getRemoteAddr(),
                    session == null ? null : session.getId());
        } catch (InvalidInput e) {
            FormProblems.bind(e, result);
            return page(model);
        }
        SignedInPerson.choseOwnPassword(request, response);
        redirect.addFlashAttribute(
                "success", messages.getMessage("password.changed", null, LocaleContextHolder.getLocale()));
        return "redirect:/";
    }

    private String page(Model model) {
        model.addAttribute("required", SignedInPerson.mustChangePassword());
        return PAGE;
    }

    /** What the form sends. Password fields never show what was typed, not even after a refusal. */
    public static class PasswordForm {

        private String currentPassword;
        private String newPassword;
        private String repeatPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getRepeatPassword() {
            return repeatPassword;
        }

        public void setRepeatPassword(String repeatPassword) {
            this.repeatPassword = repeatPassword;
        }
    }
}
