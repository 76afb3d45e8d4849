package dev.kantor.cases.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * One node's sending of the outbox: it claims a mail for a while, hands it to the SMTP server, and
 * only then marks it sent. A node that dies between the claim and the mark leaves a claim that runs
 * out, and the mail is sent again, with the same Message-ID, so that the receiving side can tell
 * it is the same mail: a mail may arrive twice, but is never lost. A claim is a conditional update
 * of the mail's row, so of several nodes on one database exactly one holds a mail at a time. A
 * failure is written on the mail, which is tried again later, each time after a longer wait.
 */
final class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MAX_FAILURE = 480;

    /**
     * How long a claim lasts (longer than an SMTP exchange may take), and how failed mails are
     * tried again: after the first wait, then twice as long each time up to the longest, until the
     * last attempt.
     */
    record Policy(Duration claimFor, Duration firstRetry, Duration longestRetry, int maxAttempts) {

        Duration retryAfter(int attempts) {
            Duration wait = firstRetry;
            for (int i = 1; i < attempts && wait.compareTo(longestRetry) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
        }
    }

    /**
     * Where a test stops a node as if it were killed: an exception thrown here ends the node's
     * work at once, and nothing after it is written. Production nodes are never interrupted.
     */
    interface Interruptions {

        Interruptions NONE = new Interruptions() {};

        /** The mail is claimed and not yet handed to the SMTP server. */
        default void claimed(OutboxMail mail) {}

        /** The SMTP server accepted the mail, which is not yet marked sent. */
        default void accepted(OutboxMail mail) {}
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JavaMailSender smtp;
    private final String from;
    private final String node;
    private final Policy policy;
    private final Interruptions interruptions;

    OutboxSender(
            JdbcClient jdbc,
            Clock clock,
            JavaMailSender smtp,
            String from,
            String node,
            Policy policy,
            Interruptions interruptions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.smtp = smtp;
        this.from = from;
        this.node = node;
        this.policy = policy;
        this.interruptions = interruptions;
    }

    /** Sends up to so many of the mails that are due now; answers how many went out. */
    int sendDue(int limit) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> due = jdbc.sql(
                        """
                select id from outbox_mail
                where sent_at is null and attempts < ? and (next_attempt_at is null or next_attempt_at <= ?)
                  and (claimed_until is null or claimed_until <= ?)
                order by id limit ?""")
                .params(policy.maxAttempts(), now, now, limit)
                .query(Long.class)
                .list();
        int sent = 0;
        for (long id : due) {
            Optional<Claim> claim = claim(id);
            if (claim.isPresent() && send(claim.get())) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Takes the mail for this node, if no other node holds it and it is still due. A mail queued
     * before it had a Message-ID gets one now, kept for every later attempt.
     */
    private Optional<Claim> claim(long id) {
        String token = node + " " + UUID.randomUUID();
        Instant now = clock.instant();
        int taken = jdbc.sql(
                        """
                update outbox_mail set claimed_by = ?, claimed_until = ?, attempts = attempts + 1,
                    message_id = coalesce(message_id, ?)
                where id = ? and sent_at is null and attempts < ?
                  and (next_attempt_at is null or next_attempt_at <= ?)
                  and (claimed_until is null or claimed_until <= ?)""")
                .params(
                        token,
                        Timestamp.from(now.plus(policy.claimFor())),
                        MessageIds.next(from),
                        id,
                        policy.maxAttempts(),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
        if (taken != 1) {
            return Optional.empty();
        }
        return jdbc.sql("select * from outbox_mail where id = ? and claimed_by = ?")
                .params(id, token)
                .query((rs, row) -> Outbox.mail(rs, clock.instant(), policy.maxAttempts()))
                .optional()
                .map(mail -> new Claim(mail, token));
    }

    private boolean send(Claim claim) {
        OutboxMail mail = claim.mail();
        interruptions.claimed(mail);
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            // kept by the sender when it saves the message: the same on every attempt
            message.setHeader("Message-ID", mail.messageId());
            smtp.send(message);
        } catch (MailException | MessagingException e) {
            failed(claim, e);
            return false;
        }
        interruptions.accepted(mail);
        jdbc.sql(
                        """
                update outbox_mail set sent_at = ?, claimed_by = null, claimed_until = null, next_attempt_at = null,
                    failure = null
                where id = ? and sent_at is null""")
                .params(Timestamp.from(clock.instant()), mail.id())
                .update();
        return true;
    }

    /** Written on the mail, which waits longer after each failure; after the last attempt nobody tries again. */
    private void failed(Claim claim, Exception e) {
        OutboxMail mail = claim.mail();
        String why = Optional.ofNullable(e.getMessage())
                .map(String::strip)
                .filter(m -> !m.isEmpty())
                .map(m -> m.length() > MAX_FAILURE ? m.substring(0, MAX_FAILURE) : m)
                .orElse(e.getClass().getSimpleName());
        boolean last = mail.attempts() >= policy.maxAttempts();
        Instant next = last ? null : clock.instant().plus(policy.retryAfter(mail.attempts()));
        jdbc.sql(
                        """
                update outbox_mail set claimed_by = null, claimed_until = null, failure = ?, next_attempt_at = ?
                where id = ? and sent_at is null and claimed_by = ?""")
                .params(why, next == null ? null : Timestamp.from(next), mail.id(), claim.token())
                .update();
        if (last) {
            log.error(
                    "Gave up sending mail {} to {} after {} attempts: {}",
                    mail.id(),
                    mail.recipient(),
                    mail.attempts(),
                    why);
        } else {
            log.warn(
                    "Could not send mail {} to {} (attempt {}), trying again at {}: {}",
                    mail.id(),
                    mail.recipient(),
                    mail.attempts(),
                    next,
                    why);
        }
    }

    /** A mail this node holds, and the token of its claim, which no other claim shares. */
    private record Claim(OutboxMail mail, String token) {}
}
