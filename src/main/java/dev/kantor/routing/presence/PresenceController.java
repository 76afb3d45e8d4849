package dev.kantor.routing.presence;

import java.time.Clock;

import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Everyone's own presence, set in one click from the menu on every page. */
@Controller
class PresenceController {

    private final PresenceBoard presence;
    private final Clock clock;

    PresenceController(PresenceBoard presence, Clock clock) {
        this.presence = presence;
        this.clock = clock;
    }

    /** The menu in the navigation bar, loaded once the page is there; empty for an account that is nobody's. */
    @GetMapping("/presence/menu")
    String menu(Model model) {
        Long me = CurrentUser.get().map(KantorUser::employeeId).orElse(null);
        model.addAttribute("presence", me == null ? null : presence.of(me));
        model.addAttribute("statuses", PresenceStatus.values());
        return "routing/presence :: menu";
    }

    /**
     * @param backInMinutes for a break or time away, when the person expects to be back
     */
    @PostMapping("/presence")
    String set(
            @RequestParam PresenceStatus status, @RequestParam(required = false) Integer backInMinutes, Model model) {
        long me = CurrentUser.employeeId("routing.no-employee");
        presence.set(
                me,
                status,
                status.temporary() && backInMinutes != null && backInMinutes > 0
                        ? clock.instant().plusSeconds(backInMinutes * 60L)
                        : null,
                PresenceSource.MANUAL);
        return menu(model);
    }
}
