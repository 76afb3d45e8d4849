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
 * Files in a real browser: a customer attaches photos of what arrived damaged on their case page,
 * in Bahasa Indonesia, and the agent sees them previewed on the case; a web page renamed as a
 * photo is refused and nothing is sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseFilesBrowserTest {

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
}
