package dev.kantor.cases.attachments;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import javax.imageio.ImageIO;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.intake.CaseIntake;
import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case desk in a real browser: a customer attaches photos of what arrived damaged on their case
 * page, in Bahasa Indonesia, and the agent sees them previewed on the case (a web page renamed as a
 * photo is refused and nothing is sent); an agent inserts a canned reply by typing part of its
 * title, edits it and sends it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseDeskBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    CaseIntake intake;

    static byte[] photo(Color color) throws IOException {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** A page with room for a machine busy with other work: the first render of a page compiles its template. */
    private Page open(String locale) {
        Page page = browsers.open(port, locale);
        page.setDefaultNavigationTimeout(60_000);
        page.setDefaultTimeout(30_000);
        return page;
    }

    @Test
    void aCustomerAttachesTwoPhotosInIndonesianAndTheAgentSeesThemOnTheCase() throws Exception {
        // given a customer's case, written in Bahasa Indonesia on the portal
        CustomerCase c = intake.open(
                        new NewCase(
                                "Sri Wahyuni",
                                "sri." + UUID.randomUUID() + "@example.com",
                                null,
                                "id",
                                Channel.WEB,
                                CaseType.COMPLAINT,
                                "returns",
                                null,
                                "Kulkas penyok",
                                "Pintu kulkas penyok saat diantar."),
                        null)
                .customerCase();
        Page customer = open("id-ID");
        customer.navigate("/portal/cases/" + c.getAccessToken());
        Locator reply = customer.locator("#reply");
        assertThat(reply.locator("label[for=reply-files]")).hasText("Lampirkan berkas");

        // when they first pick a web page renamed as a photo
        reply.locator("#text").fill("Ini fotonya.");
        reply.locator("#reply-files")
                .setInputFiles(
                        new FilePayload("foto.jpg", "image/jpeg", "<html><script>alert(1)</script></html>".getBytes()));
        reply.locator("#send-reply").click();

        // then it is refused next to the file field, in Indonesian, and the text is kept
        assertThat(customer.locator("#reply-files-error")).containsText("foto.jpg bukan berkas yang dapat kami terima");
        assertThat(customer.locator("#text")).hasValue("Ini fotonya.");
        assertThat(customer.locator("#timeline")).not().containsText("Ini fotonya.");

        // when they attach two photos and send
        customer.locator("#reply-files").setInputFiles(new FilePayload[] {
            new FilePayload("pintu-penyok.jpg", "image/jpeg", photo(Color.RED)),
            new FilePayload("kardus.jpg", "image/jpeg", photo(Color.BLUE))
        });
        customer.locator("#send-reply").click();

        // then their message is on the case with both photos shown
        assertThat(customer.locator(".alert-success")).containsText("Pesan Anda telah ditambahkan");
        Locator pictures = customer.locator("#timeline img.attachment-preview");
        assertThat(pictures).hasCount(2);
        assertThat(customer.locator("#timeline")).containsText("pintu-penyok.jpg");

        // and the agent, opening the case, sees both previews loaded
        Page agent = open("en-GB");
        Chromium.signIn(agent, "agent");
        agent.navigate("/cases/" + c.getId());
        Locator previews = agent.locator("#timeline img.attachment-preview");
        assertThat(previews).hasCount(2);
        for (int i = 0; i < 2; i++) {
            previews.nth(i).scrollIntoViewIfNeeded();
            Object width = previews.nth(i)
                    .evaluate("img => img.complete && img.naturalWidth ? img.naturalWidth : new Promise(done => {"
                            + " img.onload = () => done(img.naturalWidth); img.onerror = () => done(-1); })");
            assertThat(((Number) width).intValue())
                    .as("preview " + i + " loaded")
                    .isEqualTo(320);
        }
        assertThat(agent.locator("#timeline")).containsText("kardus.jpg");
    }

    @Test
    void anAgentInsertsACannedReplyByTypingPartOfItsTitleEditsAndSendsIt() throws Exception {
        // given an agent's canned reply, and a case of a customer who writes in Indonesian
        String title = "Paket dikirim ulang " + UUID.randomUUID().toString().substring(0, 8);
        var created = dev.kantor.support.ApiCalls.call(
                port,
                "agent",
                "POST",
                "/api/canned-replies",
                """
                {"title": "%s", "textEn": "Dear {customer.name}, we send it again.",
                 "textId": "Yth. {customer.name}, paket untuk {case.reference} kami kirim ulang."}"""
                        .formatted(title));
        assertThat(created.status()).isEqualTo(201);
        CustomerCase c = intake.open(
                        new NewCase(
                                "Dewi Lestari",
                                "dewi." + UUID.randomUUID() + "@example.com",
                                null,
                                "id",
                                Channel.WEB,
                                CaseType.QUESTION,
                                "delivery",
                                null,
                                "Paket belum sampai",
                                "Paket saya belum sampai."),
                        null)
                .customerCase();
        Page agent = open("en-GB");
        Chromium.signIn(agent, "agent");
        agent.navigate("/cases/" + c.getId());

        // when they type part of the title in the picker and pick it
        agent.locator("#canned-q").fill(title.substring(0, 14));
        Locator picked =
                agent.locator("#canned-picked .canned-insert").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(picked).hasCount(1);
        picked.click();

        // then the reply box holds it in Indonesian with the placeholders filled in, and nothing was sent
        String expected = "Yth. Dewi Lestari, paket untuk " + c.getReference() + " kami kirim ulang.";
        assertThat(agent.locator("#reply-text")).hasValue(expected);
        assertThat(agent.locator("#timeline")).not().containsText("kami kirim ulang");

        // when they add a line of their own and send
        agent.locator("#reply-text").press("End");
        agent.locator("#reply-text").pressSequentially(" Mohon maaf.");
        agent.locator("#send-reply").click();

        // then the edited reply is on the case
        assertThat(agent.locator("#timeline")).containsText(expected + " Mohon maaf.");
    }
}
