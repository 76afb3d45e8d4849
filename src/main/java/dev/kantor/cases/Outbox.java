package dev.kantor.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every e-mail to a customer is written to the outbox in the transaction that caused it, then
 * sent through SMTP when a mail server is configured (spring.mail.host). Without one, the mails
 * stay in the outbox, which admins can read, so Kantor works offline.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    Outbox(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> mailSender,
            @org.springframework.beans.factory.annotation.Value("${kantor.mail.from:kantor@localhost}") String from) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mailSender = mailSender;
        this.from = from;
    }

    void queue(String recipient, String subject, String body, Long caseId) {
        jdbc.sql("insert into outbox_mail (created_at, recipient, subject, body, case_id) values (?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), recipient, subject, body, caseId).update();
    }

    public List<OutboxMail> latest(int limit) {
        return jdbc.sql("select * from outbox_mail order by created_at desc, id desc limit ?").param(limit)
                .query((rs, row) -> mail(rs)).list();
    }

    public List<OutboxMail> forCase(long caseId) {
        return jdbc.sql("select * from outbox_mail where case_id = ? order by id").param(caseId)
                .query((rs, row) -> mail(rs)).list();
    }

    /**
     * Sends what waits in the outbox. Each mail is claimed by marking it sent before sending, so
     * that when several nodes run this job each mail goes out once; a failure is written back.
     */
    @Scheduled(fixedDelayString = "${kantor.mail.send-every:PT5S}")
    public void sendWaiting() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        List<OutboxMail> waiting = jdbc.sql("select * from outbox_mail where sent_at is null and failure is null "
                + "order by id limit 50").query((rs, row) -> mail(rs)).list();
        for (OutboxMail mail : waiting) {
            Timestamp now = Timestamp.from(clock.instant());
            boolean claimed = jdbc.sql("update outbox_mail set sent_at = ? where id = ? and sent_at is null")
                    .params(now, mail.id()).update() == 1;
            if (!claimed) {
                continue;
            }
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(mail.recipient());
                message.setSubject(mail.subject());
                message.setText(mail.body());
                sender.send(message);
            } catch (MailException e) {
                log.warn("Could not send mail {} to {}: {}", mail.id(), mail.recipient(), e.getMessage());
                jdbc.sql("update outbox_mail set sent_at = null, failure = ? where id = ?")
                        .params(Optional.ofNullable(e.getMessage()).map(m -> m.length() > 480 ? m.substring(0, 480) : m)
                                .orElse("failed"), mail.id())
                        .update();
            }
        }
    }

    private static OutboxMail mail(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new OutboxMail(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), rs.getString("recipient"),
                rs.getString("subject"), rs.getString("body"), (Long) rs.getObject("case_id", Long.class),
                sent == null ? null : sent.toInstant(), rs.getString("failure"));
    }
}
