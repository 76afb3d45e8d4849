package dev.kantor.platform.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kantor.platform.i18n.Languages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Queues e-mail to staff: written out in the recipient's language and stored in the caller's
 * transaction, so that a mail exists exactly when what it tells of happened; {@link StaffMailSender}
 * sends it. Without a mail server (spring.mail.host) the mails wait in the table.
 */
@Component
public class StaffMail {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageSource messages;
    private final TemplateEngine text;
    private final TemplateEngine html;
    private final String from;
    private final Locale defaultLanguage;

    StaffMail(
            JdbcClient jdbc,
            Clock clock,
            MessageSource messages,
            @Value("${kantor.mail.from:kantor@localhost}") String from,
            @Value("${kantor.staff-mail.default-language:id}") String defaultLanguage) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.messages = messages;
        this.from = from;
        this.defaultLanguage = Languages.of(defaultLanguage).orElse(Languages.ENGLISH);
        this.text = engine(TemplateMode.TEXT, ".txt", messages);
        this.html = engine(TemplateMode.HTML, ".html", messages);
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix, MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    /** The language staff get mail in when Kantor knows none of theirs. */
    public Locale defaultLanguage() {
        return defaultLanguage;
    }

    /**
     * Writes the letter out and queues it, once per fact and recipient.
     *
     * @return whether it was queued now (false when this fact was mailed to them before)
     */
    public boolean queue(StaffLetter letter) {
        Locale language = letter.language() == null ? defaultLanguage : letter.language();
        Context context = new Context(language, letter.variables());
        String subject =
                messages.getMessage(letter.subjectKey(), letter.subjectArgs().toArray(), language);
        String bodyText = text.process(letter.template(), context);
        String bodyHtml = html.process(letter.template(), context);
        Integer already = jdbc.sql("select count(*) from staff_mail where event_key = ? and recipient = ?")
                .params(letter.eventKey(), letter.recipient())
                .query(Integer.class)
                .single();
        if (already > 0) {
            return false;
        }
        return jdbc.sql(
                                """
                insert into staff_mail (event_key, recipient, subject, body_text, body_html, created_at, message_id)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(
                                letter.eventKey(),
                                letter.recipient(),
                                cut(subject, 300),
                                cut(bodyText, 8000),
                                cut(bodyHtml, 16000),
                                Timestamp.from(clock.instant()),
                                "<" + UUID.randomUUID() + "." + domain() + ">")
                        .update()
                == 1;
    }

    /** The newest mails to staff, for tests and for admins who look into why one did not arrive. */
    public List<StaffMailView> latest(int limit) {
        return jdbc.sql("select * from staff_mail order by id desc limit ?")
                .param(limit)
                .query((rs, row) -> new StaffMailView(
                        rs.getLong("id"),
                        rs.getString("event_key"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body_text"),
                        rs.getString("body_html"),
                        rs.getTimestamp("sent_at") == null
                                ? null
                                : rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    private String domain() {
        int at = from.lastIndexOf('@');
        return at < 0 ? "localhost" : from.substring(at + 1);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
