package dev.kantor.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the home page, which shows each role what it can do. */
@Controller
class PageController {

    /** The longest wait the sign-in page admits to: anything else in the address is not Kantor's. */
    private static final long LONGEST_WAIT_SECONDS = 24 * 60 * 60;

    /** The sign-in page; after too many failed sign-ins it says how many seconds to wait. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String throttled, Model model) {
        if (throttled != null && throttled.matches("\\d{1,6}")) {
            model.addAttribute("waitSeconds", Math.min(Long.parseLong(throttled), LONGEST_WAIT_SECONDS));
        }
        model.addAttribute("form", new SignInForm());
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "home";
    }

    /** The sign-in form; Spring Security reads what it sends, and nothing typed is ever shown again. */
    public static class SignInForm {

        private String username;
        private String password;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }
}
