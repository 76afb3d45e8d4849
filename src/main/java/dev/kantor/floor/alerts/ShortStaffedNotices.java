package dev.kantor.floor.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kantor.floor.responsibility.Responsibilities;
import dev.kantor.floor.responsibility.Responsibility;
import dev.kantor.platform.BusinessZone;
import dev.kantor.platform.mail.StaffLetter;
import dev.kantor.platform.mail.StaffMail;
import dev.kantor.platform.notifications.Notice;
import dev.kantor.platform.notifications.Notifications;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.platform.web.Times;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceStatus;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the queue's responsible managers of an alert: in the app at once (those on duty, that is not
 * off duty; all of them when none is), and by e-mail when nobody answered it within
 * {@code kantor.floor.alerts.mail-after} (five minutes). Each alert is mailed by one node: the
 * mailing is claimed on the alert's row, and the mail is queued in the same transaction.
 */
@Component
class ShortStaffedNotices {

    static final String KIND = "FLOOR_SHORT";

    private final Responsibilities responsibilities;
    private final Notifications notifications;
    private final PresenceBoard presence;
    private final Alerts alerts;
    private final StaffMail mail;
    private final BusinessZone zone;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Duration mailAfter;
    private final String publicUrl;

    ShortStaffedNotices(
            Responsibilities responsibilities,
            Notifications notifications,
            PresenceBoard presence,
            Alerts alerts,
            StaffMail mail,
            BusinessZone zone,
            Clock clock,
            TransactionTemplate transactions,
            @Value("${kantor.floor.alerts.mail-after:PT5M}") Duration mailAfter,
            @Value("${kantor.public-url:http://localhost:8080}") String publicUrl) {
        this.responsibilities = responsibilities;
        this.notifications = notifications;
        this.presence = presence;
        this.alerts = alerts;
        this.mail = mail;
        this.zone = zone;
        this.clock = clock;
        this.transactions = transactions;
        this.mailAfter = mailAfter;
        this.publicUrl = publicUrl;
    }

    /** In the app, to the managers on duty: at once, when the alert opens. */
    void tell(Alert alert) {
        responsibilities.of(alert.queueId(), mail.defaultLanguage()).ifPresent(responsibility -> {
            List<Responsibility.Manager> managers = responsibility.managers();
            var status = presence.of(
                    managers.stream().map(Responsibility.Manager::employeeId).toList());
            List<Responsibility.Manager> onDuty = managers.stream()
                    .filter(m -> status.get(m.employeeId()) != null
                            && status.get(m.employeeId()).status() != PresenceStatus.OFF_DUTY)
                    .toList();
            Times times = Times.in(zone.zone());
            for (Responsibility.Manager manager : onDuty.isEmpty() ? managers : onDuty) {
                notifications.notify(new Notice(
                        "floor-alert:" + alert.id(),
                        manager.employeeId(),
                        KIND,
                        "floor.alerts.notice",
                        List.of(
                                Notice.verbatim(responsibility.queueName()),
                                Notice.verbatim(times.time(alert.startsAt())),
                                Notice.verbatim(String.valueOf(alert.shortBy()))),
                        "/floor/alerts/" + alert.id(),
                        alert.openedAt()));
            }
        });
    }

    /** @return how many alerts were mailed now */
    @Scheduled(
            fixedDelayString = "${kantor.floor.alerts.mail-check:PT30S}",
            initialDelayString = "${kantor.floor.alerts.first-check:PT20S}")
    int mailUnanswered() {
        int mailed = 0;
        for (Alert alert :
                SystemUser.call(() -> alerts.unansweredSince(clock.instant().minus(mailAfter)))) {
            Boolean done = transactions.execute(status -> SystemUser.call(() -> mail(alert)));
            mailed += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return mailed;
    }

    private boolean mail(Alert alert) {
        if (!alerts.claimMailing(alert.id())) {
            return false;
        }
        Locale language = mail.defaultLanguage();
        responsibilities.of(alert.queueId(), language).ifPresent(responsibility -> {
            ZoneId businessZone = zone.zone();
            Times times = Times.in(businessZone);
            for (Responsibility.Manager manager : responsibility.managers()) {
                if (manager.email() == null || manager.email().isBlank()) {
                    continue;
                }
                Instant from = alert.startsAt();
                mail.queue(new StaffLetter(
                        "floor-alert:" + alert.id(),
                        manager.email(),
                        language,
                        "floor.alerts.mail.subject",
                        List.of(responsibility.queueName(), times.time(from)),
                        "floor/alerts/mail/short-staffed",
                        Map.of(
                                "name", manager.name(),
                                "queue", responsibility.queueName(),
                                "from", times.time(from),
                                "until", times.time(alert.endsAt()),
                                "shortBy", alert.shortBy(),
                                "link", publicUrl + "/floor/alerts/" + alert.id())));
            }
        });
        return true;
    }
}
