package dev.kantor.mailin.reading;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A raw mail read into what Kantor acts on: references, text (plain preferred, HTML made harmless), files. */
class MailReadingTest {

    private static ReceivedMail read(String raw) {
        return MailReader.read(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void referencesAndInReplyToAreRead() {
        ReceivedMail mail = read("From: \"Wulan Sari\" <Wulan@Example.com>\r\nSubject: Re: [KTR-2026-000123] Door\r\n"
                + "Message-ID: <abc@example.com>\r\nIn-Reply-To: <k2@sinarmaju.example>\r\n"
                + "References: <k1@sinarmaju.example>\r\n <k2@sinarmaju.example>\r\n\r\nThanks\r\n");
        assertThat(mail.messageId()).isEqualTo("<abc@example.com>");
        assertThat(mail.fromAddress()).isEqualTo("wulan@example.com");
        assertThat(mail.fromName()).isEqualTo("Wulan Sari");
        assertThat(mail.inReplyTo()).containsExactly("<k2@sinarmaju.example>");
        assertThat(mail.answers()).containsExactly("<k2@sinarmaju.example>", "<k1@sinarmaju.example>");
        assertThat(mail.text()).isEqualTo("Thanks");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[KTR-2026-000123] We received your message|KTR-2026-000123",
                "Re: AW: [KTR-2026-000123] A reply about: door|KTR-2026-000123",
                "re: ktr-2025-004567 still broken|KTR-2025-004567",
                "Order XKTR-2026-000123|",
                "KTR-2026-12 is not one|",
                "No reference here|"
            })
    void theCaseReferenceIsFoundInASubject(String subject, String reference) {
        assertThat(CaseReferences.inSubject(subject).orElse(null)).isEqualTo(reference);
    }

    @Test
    void messageIdListsKeepOrderAndIgnoreNoise() {
        assertThat(MessageIdList.parse("<a@x> (comment)\r\n\t<b@y>  junk <c@z>"))
                .containsExactly("<a@x>", "<b@y>", "<c@z>");
        assertThat(MessageIdList.parse(null)).isEmpty();
        assertThat(MessageIdList.parse("no ids")).isEmpty();
    }

    @Test
    void plainTextIsPreferredToHtml() {
        ReceivedMail mail = read("From: a@example.com\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>The <b>HTML</b> one</p>\r\n"
                + "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nThe plain one\r\n--b--\r\n");
        assertThat(mail.text()).isEqualTo("The plain one");
    }

    @Test
    void htmlAloneIsMadePlainAndHarmless() {
        ReceivedMail mail = read("From: a@example.com\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<html><head><style>p{}</style><script>alert(1)</script></head><body>"
                + "<p>Hello &amp; welcome<br>second line</p><img src=\"http://track.example/x.png\" onerror=\"x()\">"
                + "<a href=\"javascript:evil()\">click</a><div>Fish &lt;3</div></body></html>\r\n");
        assertThat(mail.text())
                .contains("Hello & welcome\nsecond line")
                .contains("click")
                .contains("Fish <3")
                .doesNotContain("<script", "alert(1)", "<img", "onerror", "javascript:", "<p>", "p{}");
        assertThat(mail.html())
                .as("the HTML kept to show is sanitised")
                .contains("<p>Hello &amp; welcome<br>second line</p>", ">click</a>", "<div>Fish &lt;3</div>")
                .doesNotContain(
                        "<script", "alert(1)", "<img", "track.example", "onerror", "javascript:", "<style", "p{}");
    }

    @Test
    void theHtmlOfAMailWithBothPartsIsKeptSanitisedBesideItsText() {
        ReceivedMail mail = read("From: a@example.com\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nThe plain one\r\n"
                + "--b\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p style=\"color:red\">The <b>HTML</b> one</p>\r\n"
                + "--b--\r\n");
        assertThat(mail.text()).isEqualTo("The plain one");
        assertThat(mail.html()).isEqualTo("<p>The <b>HTML</b> one</p>");
    }

    @Test
    void aPlainMailHasNoHtml() {
        assertThat(read("From: a@example.com\r\nSubject: s\r\n\r\nJust text\r\n")
                        .html())
                .isNull();
    }

    @Test
    void attachmentsComeWithTheirNames() {
        ReceivedMail mail = read("From: a@example.com\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nSee the photo\r\n"
                + "--b\r\nContent-Type: image/png; name=\"door.png\"\r\nContent-Disposition: attachment; filename=\"door.png\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n");
        assertThat(mail.text()).isEqualTo("See the photo");
        assertThat(mail.files()).hasSize(1);
        assertThat(mail.files().get(0).fileName()).isEqualTo("door.png");
        assertThat(mail.files().get(0).content()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void nothingOrTooMuchIsRefused() {
        assertThatThrownBy(() -> MailReader.read(new byte[0])).isInstanceOf(UnreadableMail.class);
        assertThatThrownBy(() -> MailReader.read(new byte[MailReader.MAX_BYTES + 1]))
                .isInstanceOf(UnreadableMail.class);
    }

    @Test
    void clippedTextIsStorableAndWithinItsLength() {
        Random random = new Random(18);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append((char) random.nextInt(0xFFFF));
            }
            int max = 1 + random.nextInt(30);
            String clipped = Clipped.of(text.toString(), max);
            assertThat(clipped.length()).isLessThanOrEqualTo(max);
            assertThat(dev.kantor.platform.InputCheck.isStorable(clipped))
                    .as("round %d", round)
                    .isTrue();
        }
        assertThat(Clipped.of("abcdef", 4)).isEqualTo("abc…");
        assertThat(List.of(Clipped.of("a\u0000b", 10))).containsExactly("ab");
    }
}
