package dev.kantor.mailin.reading;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail written by a machine or come back to Kantor is told from mail a customer wrote. */
class LoopRulesTest {

    private static final String OWN_ID = "<kantor-1@sinarmaju.example>";
    private final LoopRules rules = new LoopRules("layanan@sinarmaju.example", OWN_ID::equals);

    static ReceivedMail mail(String headers) {
        String raw = "From: Wulan <wulan@example.com>\r\nTo: layanan@sinarmaju.example\r\nSubject: Hi\r\n"
                + "Message-ID: <m1@example.com>\r\n" + headers + "\r\nHello\r\n";
        return MailReader.read(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCustomersMailIsNotIgnored() {
        assertThat(rules.ignored(mail(""))).isEmpty();
        assertThat(rules.ignored(mail("Auto-Submitted: no\r\n"))).isEmpty();
        assertThat(rules.ignored(mail("Precedence: first-class\r\n"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Auto-Submitted: auto-replied|AUTO_SUBMITTED",
                "Auto-Submitted: auto-generated|AUTO_SUBMITTED",
                "Auto-Submitted: Auto-Notified|AUTO_SUBMITTED",
                "Precedence: bulk|BULK",
                "Precedence: JUNK|BULK",
                "Precedence: list|BULK",
                "X-Autoreply: yes|AUTO_REPLY",
                "X-Autorespond: vacation|AUTO_REPLY",
                "Return-Path: <>|MAILER_DAEMON"
            })
    void machineMailIsIgnoredWithItsReason(String header, IgnoreReason reason) {
        assertThat(rules.ignored(mail(header + "\r\n"))).contains(reason);
    }

    @Test
    void bouncesAreIgnored() {
        String report =
                "From: MAILER-DAEMON@mx.example.com\r\nTo: layanan@sinarmaju.example\r\nSubject: Undelivered\r\n"
                        + "Message-ID: <b1@mx.example.com>\r\nMIME-Version: 1.0\r\n"
                        + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
                        + "--b\r\nContent-Type: text/plain\r\n\r\nCould not deliver\r\n"
                        + "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.com\r\n\r\n--b--\r\n";
        ReceivedMail bounce = MailReader.read(report.getBytes(StandardCharsets.UTF_8));
        assertThat(rules.ignored(bounce)).contains(IgnoreReason.DELIVERY_REPORT);

        String daemon = "From: postmaster@example.com\r\nSubject: Notice\r\nMessage-ID: <d@example.com>\r\n\r\nx\r\n";
        assertThat(rules.ignored(MailReader.read(daemon.getBytes(StandardCharsets.UTF_8))))
                .contains(IgnoreReason.MAILER_DAEMON);
    }

    @Test
    void kantorsOwnMailComingBackIsIgnored() {
        String ownId = "From: Wulan <wulan@example.com>\r\nSubject: x\r\nMessage-ID: " + OWN_ID + "\r\n\r\nx\r\n";
        assertThat(rules.ignored(MailReader.read(ownId.getBytes(StandardCharsets.UTF_8))))
                .contains(IgnoreReason.OWN_MAIL);
        String ownAddress =
                "From: Layanan <Layanan@SinarMaju.example>\r\nSubject: x\r\nMessage-ID: <z@example.com>\r\n\r\nx\r\n";
        assertThat(rules.ignored(MailReader.read(ownAddress.getBytes(StandardCharsets.UTF_8))))
                .contains(IgnoreReason.OWN_MAIL);
    }

    @Test
    void aMailWithoutSenderIsIgnored() {
        String none = "Subject: x\r\nMessage-ID: <n@example.com>\r\n\r\nx\r\n";
        assertThat(rules.ignored(MailReader.read(none.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Optional.of(IgnoreReason.NO_SENDER));
    }
}
