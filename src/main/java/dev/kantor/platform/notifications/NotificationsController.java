package dev.kantor.platform.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notifications page, the count in the menu bar (asked for by htmx every few seconds), and
 * opening one: it is marked read and the page it is about opens.
 */
@Controller
class NotificationsController {

    private final Notifications notifications;
    private final MessageSource messages;
    private final Clock clock;

    NotificationsController(Notifications notifications, MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/notifications")
    String list(Model model) {
        List<NotificationLines.Line> lines = me().map(me -> NotificationLines.of(
                        notifications.latest(me, false, 100),
                        messages,
                        LocaleContextHolder.getLocale(),
                        clock.instant()))
                .orElse(List.of());
        model.addAttribute("lines", lines);
        model.addAttribute("unread", lines.stream().filter(l -> !l.read()).count());
        return "platform/notifications";
    }

    /** The unread count for the bell; nothing for an account that is nobody's. */
    @GetMapping("/notifications/count")
    String count(Model model) {
        model.addAttribute("unread", me().map(notifications::unread).orElse(0L));
        return "fragments/notifications :: count";
    }

    @GetMapping("/notifications/{id}")
    String open(@PathVariable long id) {
        long me = CurrentUser.employeeId("notifications.no-employee");
        Notification opened =
                notifications.open(id, me).orElseThrow(() -> KantorException.notFound("notifications.not-found", id));
        return "redirect:" + opened.link();
    }

    @PostMapping("/notifications/read")
    String readAll(RedirectAttributes redirect) {
        int marked = notifications.markAllRead(CurrentUser.employeeId("notifications.no-employee"));
        redirect.addFlashAttribute(
                "success",
                messages.getMessage("notifications.all-read", new Object[] {marked}, LocaleContextHolder.getLocale()));
        return "redirect:/notifications";
    }

    private static Optional<Long> me() {
        return CurrentUser.get().map(KantorUser::employeeId);
    }
}
