package dev.kantor.scheduling.mine;

import java.time.DayOfWeek;
import java.time.LocalDate;

import dev.kantor.platform.security.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My schedule": the signed-in person's published shifts, this week and the next, and their private
 * calendar feed, made, renewed or revoked here. Only ever their own.
 */
@Controller
class MyScheduleController {

    static final String NO_EMPLOYEE = "scheduling.mine.no-employee";

    private final MyWeeks weeks;
    private final CalendarFeeds feeds;
    private final MessageSource messages;
    private final String publicUrl;

    MyScheduleController(
            MyWeeks weeks,
            CalendarFeeds feeds,
            MessageSource messages,
            @Value("${kantor.public-url:http://localhost:8080}") String publicUrl) {
        this.weeks = weeks;
        this.feeds = feeds;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/schedule")
    String mine(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
            Model model) {
        long me = CurrentUser.employeeId(NO_EMPLOYEE);
        LocalDate thisMonday = weeks.thisMonday();
        LocalDate monday = week == null ? thisMonday : week.with(DayOfWeek.MONDAY);
        if (monday.isBefore(thisMonday.minusWeeks(MyWeeks.FURTHEST_AHEAD))
                || monday.isAfter(thisMonday.plusWeeks(MyWeeks.FURTHEST_AHEAD))) {
            monday = thisMonday;
        }
        model.addAttribute("weeks", weeks.of(me, monday, MyWeeks.SHOWN));
        model.addAttribute("monday", monday);
        model.addAttribute("previous", monday.minusWeeks(MyWeeks.SHOWN));
        model.addAttribute("next", monday.plusWeeks(MyWeeks.SHOWN));
        model.addAttribute("thisMonday", thisMonday);
        model.addAttribute("feed", feeds.of(me).orElse(null));
        return "scheduling/mine";
    }

    /** Makes the person's feed, or a new one in place of the old, and shows its address once. */
    @PostMapping("/schedule/feed")
    String renew(RedirectAttributes redirect) {
        long me = CurrentUser.employeeId(NO_EMPLOYEE);
        String token = feeds.renew(me, LocaleContextHolder.getLocale());
        redirect.addFlashAttribute("feedUrl", feedUrl(publicUrl, token));
        redirect.addFlashAttribute("success", text("scheduling.mine.feed.made"));
        return "redirect:/schedule";
    }

    @PostMapping("/schedule/feed/revoke")
    String revoke(RedirectAttributes redirect) {
        feeds.revoke(CurrentUser.employeeId(NO_EMPLOYEE));
        redirect.addFlashAttribute("success", text("scheduling.mine.feed.revoked"));
        return "redirect:/schedule";
    }

    static String feedUrl(String publicUrl, String token) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/schedule/feed/" + token + ".ics";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
