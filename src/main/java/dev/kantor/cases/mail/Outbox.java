package dev.kantor.cases.mail;

import java.lang.management.ManagementFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.kantor.cases.mail.OutboxMail.Delivery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every e-mail to a customer is written to the outbox in the transaction that caused it, with the
 * Message-ID it will be sent with, then sent through SMTP when a mail server is configured
 * (spring.mail.host). Without one, the mails stay in the outbox, which admins can read, so Kantor
 * works offline. How sending survives a node dying and several nodes at once: {@link OutboxSender}.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final OutboxSender.Policy policy;
    private volatile OutboxSender node;

    Outbox(
            JdbcClient jdbc,
            Clock clock,
            ObjectProvider<JavaMailSender> mailSender,
            @Value("${kantor.mail.from:kantor@localhost}") String from,
            @Value("${kantor.mail.claim-for:PT2M}") Duration claimFor,
            @Value("${kantor.mail.first-retry:PT1M}") Duration firstRetry,
            @Value("${kantor.mail.longest-retry:PT1H}") Duration longestRetry,
            @Value("${kantor.mail.max-attempts:10}") int maxAttempts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mailSender = mailSender;
        this.from = from;
        this.policy = new OutboxSender.Policy(claimFor, firstRetry, longestRetry, maxAttempts);
    }

    void queue(String recipient, String subject, String body, Long caseId) {
        jdbc.sql(
                        """
                insert into outbox_mail (created_at, recipient, subject, body, case_id, message_id)
                values (?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(clock.instant()), recipient, subject, body, caseId, MessageIds.next(from))
                .update();
    }

    public List<OutboxMail> latest(int limit) {
        return jdbc.sql("select * from outbox_mail order by created_at desc, id desc limit ?")
                .param(limit)
                .query((rs, row) -> mail(rs, clock.instant(), policy.maxAttempts()))
                .list();
    }

    public List<OutboxMail> forCase(long caseId) {
        return jdbc.sql("select * from outbox_mail where case_id = ? order by id")
                .param(caseId)
                .query((rs, row) -> mail(rs, clock.instant(), policy.maxAttempts()))
                .list();
    }

    /** Sends what is due in the outbox, as one of possibly several nodes. */
    @Scheduled(fixedDelayString = "${kantor.mail.send-every:PT5S}")
    public void sendWaiting() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        if (node == null) {
            // the process and host, so that a claim on the outbox page says which node holds it
            node = new OutboxSender(
                    jdbc,
                    clock,
                    sender,
                    from,
                    ManagementFactory.getRuntimeMXBean().getName(),
                    policy,
                    OutboxSender.Interruptions.NONE);
        }
        node.sendDue(50);
    }

    static OutboxMail mail(ResultSet rs, Instant now, int maxAttempts) throws SQLException {
        Instant sent = instant(rs, "sent_at");
        Instant claimedUntil = instant(rs, "claimed_until");
        int attempts = rs.getInt("attempts");
        String failure = rs.getString("failure");
        Delivery delivery = sent != null
                ? Delivery.SENT
                : claimedUntil != null && claimedUntil.isAfter(now)
                        ? Delivery.SENDING
                        : attempts >= maxAttempts
                                ? Delivery.GAVE_UP
                                : attempts > 0 || failure != null ? Delivery.RETRYING : Delivery.WAITING;
        return new OutboxMail(
                rs.getLong("id"),
                instant(rs, "created_at"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                (Long) rs.getObject("case_id", Long.class),
                rs.getString("message_id"),
                sent,
                attempts,
                claimedUntil,
                instant(rs, "next_attempt_at"),
                failure,
                delivery);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
