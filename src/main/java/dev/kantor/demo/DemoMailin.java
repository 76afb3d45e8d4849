package dev.kantor.demo;

import java.nio.charset.StandardCharsets;

import dev.kantor.mailin.InboundMailboxes;
import dev.kantor.platform.security.SystemUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo company's inbound e-mail: one mailbox a mail relay posts to (webhook mode, so the demo
 * needs no mail server), and a few mails that came in through it: two customers writing, one of them
 * replying with the case's reference in the subject, an HTML-only mail, and an out-of-office reply that
 * is left alone. Loaded right after the demo company, on its first start only (no mailbox yet).
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "kantor.demo.enabled", havingValue = "true")
class DemoMailin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMailin.class);

    private final InboundMailboxes mailboxes;
    private final boolean withCases;

    DemoMailin(InboundMailboxes mailboxes, @Value("${kantor.demo.cases:true}") boolean withCases) {
        this.mailboxes = mailboxes;
        this.withCases = withCases;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mailboxes.any()) {
            return;
        }
        try {
            SystemUser.run(() -> {
                long relay = mailboxes.connectWebhook("Layanan pelanggan (relay)", "delivery", "id");
                if (withCases) {
                    receiveSamples(relay);
                }
            });
        } catch (RuntimeException e) {
            // the demo starts without its mailbox rather than not at all
            log.warn("The demo mailbox was not connected: {}", e.toString());
        }
    }

    private void receiveSamples(long relay) {
        receive(
                relay,
                mail(
                        "Rudi Hartono <rudi.hartono@contoh.example>",
                        "<demo-1@contoh.example>",
                        "Kulkas belum datang",
                        "",
                        "text/plain",
                        "Selamat pagi, kulkas yang saya pesan minggu lalu belum juga diantar. Mohon kabarnya."));
        receive(
                relay,
                mail(
                        "Margaret Lee <m.lee@example.com>",
                        "<demo-2@example.com>",
                        "Washing machine delivery window",
                        "",
                        "text/html",
                        "<p>Hello,</p><p>Could the washing machine be delivered <b>after 5 pm</b>?</p><p>Thanks, Margaret</p>"));
        receive(
                relay,
                mail(
                        "Margaret Lee <m.lee@example.com>",
                        "<demo-3@example.com>",
                        "Automatic reply: Washing machine delivery window",
                        "Auto-Submitted: auto-replied\r\n",
                        "text/plain",
                        "I am out of the office until Monday."));
        receive(
                relay,
                mail(
                        "Rudi Hartono <rudi.hartono@contoh.example>",
                        "<demo-4@contoh.example>",
                        "Re: kulkas",
                        "In-Reply-To: <demo-1@contoh.example>\r\nReferences: <demo-1@contoh.example>\r\n",
                        "text/plain",
                        "Tambahan: saya di rumah setiap hari setelah jam 4 sore."));
    }

    private void receive(long relay, String raw) {
        try {
            mailboxes.receive(relay, raw.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            // the demo starts without a sample mail rather than not at all
            log.warn("A demo mail was not received: {}", e.toString());
        }
    }

    private static String mail(String from, String id, String subject, String headers, String type, String body) {
        return "From: " + from + "\r\nTo: layanan@sinarmaju.example\r\nSubject: " + subject + "\r\nMessage-ID: " + id
                + "\r\nMIME-Version: 1.0\r\n" + headers + "Content-Type: " + type + "; charset=UTF-8\r\n\r\n" + body
                + "\r\n";
    }
}
