package dev.kantor.platform.web;

import java.util.List;

import dev.kantor.platform.security.AccountHolders;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the home page, which shows each role what it can do. */
@Controller
class PageController {

    /** The longest wait the sign-in page admits to: anything else in the address is not Kantor's. */
    private static final long LONGEST_WAIT_SECONDS = 24 * 60 * 60;

    private final ObjectProvider<AccountHolders> holders;

    /** @param holders who the employees behind accounts are; absent where no module keeps employees */
    PageController(ObjectProvider<AccountHolders> holders) {
        this.holders = holders;
    }

    /** The sign-in page; after too many failed sign-ins it says how many seconds to wait. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String throttled, Model model) {
        if (throttled != null && throttled.matches("\\d{1,6}")) {
            model.addAttribute("waitSeconds", Math.min(Long.parseLong(throttled), LONGEST_WAIT_SECONDS));
        }
        model.addAttribute("form", new SignInForm());
        return "login";
    }

    /** The home page greets the person by their name; an account that belongs to no employee, by its username. */
    @GetMapping("/")
    String home(Model model) {
        Viewer viewer = Viewer.current();
        AccountHolders people = holders.getIfAvailable();
        String name = viewer.employeeId() == null || people == null
                ? null
                : people.namesOf(List.of(viewer.employeeId())).get(viewer.employeeId());
        model.addAttribute("greeted", name == null ? viewer.username() : name);
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
