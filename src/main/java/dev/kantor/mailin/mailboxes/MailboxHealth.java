package dev.kantor.mailin.mailboxes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health of the mailboxes ({@code /actuator/health}, component {@code mailin}): DEGRADED while an
 * active mailbox cannot be read, with the error of each such mailbox for admins. DEGRADED answers
 * 200, so a mail server that is away never takes Kantor out of a load balancer.
 */
@Component("mailin")
class MailboxHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "An inbound mailbox cannot be read");

    private final Mailboxes mailboxes;

    MailboxHealth(Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    @Override
    public Health health() {
        List<Mailbox> failing = mailboxes.everyMailbox().stream()
                .filter(m -> m.active() && !m.healthy())
                .toList();
        if (failing.isEmpty()) {
            return Health.up().build();
        }
        Map<String, Object> errors = new LinkedHashMap<>();
        for (Mailbox m : failing) {
            errors.put(m.name() + " (" + m.id() + ")", m.lastError());
        }
        return Health.status(DEGRADED).withDetails(errors).build();
    }
}
