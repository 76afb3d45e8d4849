package dev.kantor.reporting.digest;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;

import dev.kantor.platform.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A manager subscribes to the weekly digest in the language they are reading in, or unsubscribes. */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class DigestController {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    DigestController(JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/reports/digest")
    @Transactional
    String subscribe(@RequestParam boolean subscribe, Locale locale, RedirectAttributes redirect) {
        long me = CurrentUser.employeeId("reporting.digest.no-employee");
        jdbc.sql("delete from reporting_digest_subscription where employee_id = ?")
                .param(me)
                .update();
        if (subscribe) {
            jdbc.sql(
                            "insert into reporting_digest_subscription (employee_id, language, subscribed_at) values (?, ?, ?)")
                    .params(me, locale.getLanguage(), Timestamp.from(clock.instant()))
                    .update();
        }
        redirect.addFlashAttribute(
                "success",
                messages.getMessage(
                        subscribe ? "reporting.digest.subscribed" : "reporting.digest.unsubscribed", null, locale));
        return "redirect:/reports/front-office";
    }
}
