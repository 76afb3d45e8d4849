package dev.kantor.platform.mail;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the mails to staff that are due, as one of possibly several nodes, the way the customers'
 * outbox does: a mail is claimed for a while by a conditional update of its row (so one node holds it),
 * handed to the SMTP server, and only then marked sent; a node dying in between leaves a claim that
 * runs out, and the mail goes again with the same Message-ID. A failure waits longer each time.
 */
@Component
class StaffMailSender {

    private static final Logger log = LoggerFactory.getLogger(StaffMailSender.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> smtp;
    private final String from;
    private final Duration claimFor;
    private final int maxAttempts;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    StaffMailSender(
            JdbcClient jdbc,
            Clock clock,
            ObjectProvider<JavaMailSender> smtp,
            @Value("${kantor.mail.from:kantor@localhost}") String from,
            @Value("${kantor.mail.claim-for:PT2M}") Duration claimFor,
            @Value("${kantor.mail.max-attempts:10}") int maxAttempts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.smtp = smtp;
        this.from = from;
        this.claimFor = claimFor;
        this.maxAttempts = maxAttempts;
    }

    /** @return how many mails went out */
    @Scheduled(fixedDelayString = "${kantor.staff-mail.send-every:PT5S}")
    int sendDue() {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> due = jdbc.sql(
                        """
                select id from staff_mail
                where sent_at is null and attempts < ? and (next_attempt_at is null or next_attempt_at <= ?)
                  and (claimed_until is null or claimed_until <= ?)
                order by id limit 50""")
                .params(maxAttempts, now, now)
                .query(Long.class)
                .list();
        int sent = 0;
        for (long id : due) {
            String token = node + " " + UUID.randomUUID();
            if (claim(id, token) && send(sender, id, token)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(long id, String token) {
        Instant now = clock.instant();
        return jdbc.sql(
                                """
                update staff_mail set claimed_by = ?, claimed_until = ?, attempts = attempts + 1
                where id = ? and sent_at is null and attempts < ?
                  and (next_attempt_at is null or next_attempt_at <= ?)
                  and (claimed_until is null or claimed_until <= ?)""")
                        .params(
                                token,
                                Timestamp.from(now.plus(claimFor)),
                                id,
                                maxAttempts,
                                Timestamp.from(now),
                                Timestamp.from(now))
                        .update()
                == 1;
    }

    private boolean send(JavaMailSender sender, long id, String token) {
        record Mail(String recipient, String subject, String text, String html, String messageId, int attempts) {}
        Mail mail = jdbc.sql("select * from staff_mail where id = ? and claimed_by = ?")
                .params(id, token)
                .query((rs, row) -> new Mail(
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body_text"),
                        rs.getString("body_html"),
                        rs.getString("message_id"),
                        rs.getInt("attempts")))
                .optional()
                .orElse(null);
        if (mail == null) {
            return false;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            message.setHeader("Message-ID", mail.messageId());
            sender.send(message);
        } catch (MailException | MessagingException e) {
            Duration wait = Duration.ofMinutes(1L << Math.min(6, Math.max(0, mail.attempts() - 1)));
            log.warn(
                    "Could not send staff mail {} to {} (attempt {}): {}",
                    id,
                    mail.recipient(),
                    mail.attempts(),
                    e.getMessage());
            String why = String.valueOf(e.getMessage());
            jdbc.sql(
                            """
                    update staff_mail set claimed_by = null, claimed_until = null, failure = ?, next_attempt_at = ?
                    where id = ? and claimed_by = ?""")
                    .params(
                            why.length() > 500 ? why.substring(0, 500) : why,
                            Timestamp.from(clock.instant().plus(wait)),
                            id,
                            token)
                    .update();
            return false;
        }
        jdbc.sql(
                        """
                update staff_mail set sent_at = ?, claimed_by = null, claimed_until = null, failure = null
                where id = ? and sent_at is null""")
                .params(Timestamp.from(clock.instant()), id)
                .update();
        return true;
    }
}
