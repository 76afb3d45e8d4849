package dev.kantor.cases.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import jakarta.mail.internet.MimeMessage;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.intake.CaseIntake;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail to customers goes out through a real SMTP server, in the customer's language, once, with
 * the Message-ID the outbox keeps. How sending survives a node dying: {@link OutboxDeliveryContract}.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=localhost",
            "spring.mail.port=3025",
            "kantor.mail.send-every=PT0.2S",
            "kantor.public-url=https://service.example.com"
        })
class CustomerMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    CaseIntake intake;

    @Autowired
    Outbox outbox;

    @Test
    void theConfirmationWithThePrivateLinkReachesTheCustomerInTheirLanguage() throws Exception {
        CustomerCase indonesian = intake.open(
                        new NewCase(
                                "Rudi Hartono",
                                "rudi@example.com",
                                null,
                                "id",
                                Channel.WEB,
                                CaseType.REQUEST,
                                "delivery",
                                null,
                                "Jadwal kirim",
                                "Kapan kulkas saya dikirim?"),
                        null)
                .customerCase();
        CustomerCase english = intake.open(
                        new NewCase(
                                "Anna Smith",
                                "anna@example.com",
                                null,
                                "en",
                                Channel.WEB,
                                CaseType.QUESTION,
                                "product-advice",
                                null,
                                "Which fridge",
                                "Which fridge fits a small kitchen?"),
                        null)
                .customerCase();

        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        MimeMessage toRudi = to("rudi@example.com", received);
        assertThat(toRudi.getSubject()).contains(indonesian.getReference()).contains("Pesan Anda telah kami terima");
        assertThat(GreenMailUtil.getBody(toRudi))
                .contains("https://service.example.com/portal/cases/" + indonesian.getAccessToken());
        MimeMessage toAnna = to("anna@example.com", received);
        assertThat(toAnna.getSubject()).contains(english.getReference()).contains("We received your message");
        assertThat(outbox.forCase(indonesian.getId())).allMatch(mail -> mail.sentAt() != null);
    }

    @Test
    void eachMailGoesOutOnceWithTheMessageIdTheOutboxKeeps() throws Exception {
        CustomerCase c = intake.open(
                        new NewCase(
                                "Dian Purnama",
                                "dian.purnama@example.com",
                                null,
                                "id",
                                Channel.WEB,
                                CaseType.QUESTION,
                                "delivery",
                                null,
                                "Ongkos kirim",
                                "Berapa ongkos kirim ke Bogor?"),
                        null)
                .customerCase();

        await(() -> outbox.forCase(c.getId()).stream().allMatch(mail -> mail.sentAt() != null));
        OutboxMail stored = outbox.forCase(c.getId()).get(0);
        assertThat(stored.delivery()).isEqualTo(OutboxMail.Delivery.SENT);
        assertThat(stored.attempts()).isEqualTo(1);
        // a few more rounds of the sending job change nothing
        Thread.sleep(600);
        List<MimeMessage> toDian = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains("dian.purnama@example.com")) {
                toDian.add(message);
            }
        }
        assertThat(toDian).singleElement().satisfies(m -> assertThat(m.getMessageID())
                .isEqualTo(stored.messageId())
                .endsWith("@localhost>"));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as("within 10 seconds").isTrue();
    }

    private static MimeMessage to(String address, MimeMessage[] received) throws Exception {
        for (MimeMessage message : received) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address)) {
                return message;
            }
        }
        throw new AssertionError("no mail to " + address);
    }
}
