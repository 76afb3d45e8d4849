package dev.kantor.floor.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import dev.kantor.floor.coverage.PersonDay;
import dev.kantor.floor.coverage.QueueDay;
import dev.kantor.floor.coverage.QueueDays;
import dev.kantor.floor.responsibility.Responsibilities;
import dev.kantor.platform.BusinessZone;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.routing.Presence;
import dev.kantor.routing.PresenceBoard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks every watched queue (one with a responsible department) every half minute
 * ({@code kantor.floor.alerts.check-every}): opens an alert when it turns short, keeps the open one up
 * to date while the stretch lasts, and closes it when covered. Each round, one node takes each queue
 * (a claim on its responsibility row), so that several nodes alert once. {@code kantor.floor.alerts.watch=false}
 * stops the rounds (tests, whose demo queues are short all day for want of schedules, check queues
 * themselves).
 */
@Component
class ShortStaffedCheck {

    private static final Logger log = LoggerFactory.getLogger(ShortStaffedCheck.class);

    private final Responsibilities responsibilities;
    private final QueueDays days;
    private final PresenceBoard presence;
    private final Alerts alerts;
    private final ShortStaffedNotices notices;
    private final BusinessZone zone;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Duration every;
    private final boolean watching;

    ShortStaffedCheck(
            Responsibilities responsibilities,
            QueueDays days,
            PresenceBoard presence,
            Alerts alerts,
            ShortStaffedNotices notices,
            BusinessZone zone,
            Clock clock,
            TransactionTemplate transactions,
            @Value("${kantor.floor.alerts.check-every:PT30S}") Duration every,
            @Value("${kantor.floor.alerts.watch:true}") boolean watching) {
        this.responsibilities = responsibilities;
        this.days = days;
        this.presence = presence;
        this.alerts = alerts;
        this.notices = notices;
        this.zone = zone;
        this.clock = clock;
        this.transactions = transactions;
        this.every = every;
        this.watching = watching;
    }

    /** @return how many alerts this node opened */
    @Scheduled(
            fixedDelayString = "${kantor.floor.alerts.check-every:PT30S}",
            initialDelayString = "${kantor.floor.alerts.first-check:PT20S}")
    int checkAll() {
        if (!watching) {
            return 0;
        }
        int opened = 0;
        Instant now = clock.instant();
        // a little shorter than a round, so that the next round's claim is free again
        Instant until = now.plus(every.multipliedBy(9).dividedBy(10));
        for (long queueId : SystemUser.call(responsibilities::watchedQueues)) {
            try {
                if (responsibilities.claimCheck(queueId, now, until)
                        && check(queueId).isPresent()) {
                    opened++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not check queue {} for short staffing: {}", queueId, e.toString());
            }
        }
        return opened;
    }

    /** Checks one queue now, whoever else did: the alert opened, if this check opened one. */
    Optional<Alert> check(long queueId) {
        return transactions.execute(status -> SystemUser.call(() -> checkNow(queueId)));
    }

    private Optional<Alert> checkNow(long queueId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone.zone());
        QueueDay day = days.on(queueId, today);
        Map<Long, Presence> present =
                presence.of(day.people().stream().map(PersonDay::employeeId).toList());
        Optional<Shortfall> shortfall = ShortStaffedDetector.check(day, present, now);
        if (shortfall.isEmpty()) {
            alerts.close(queueId);
            return Optional.empty();
        }
        Optional<Alert> opened = alerts.openOrUpdate(shortfall.get(), today);
        opened.ifPresent(notices::tell);
        return opened;
    }
}
