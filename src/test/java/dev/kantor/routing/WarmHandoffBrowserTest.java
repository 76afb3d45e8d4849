package dev.kantor.routing;

import java.util.regex.Pattern;

import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No wrong door, in real (headless) Chromium: a walk-in customer asks the accountant Siti
 * Rahmawati about a warranty claim; she uses "Help a customer" and hands the customer to the
 * agent Agus Pratama, who is working in another browser. He is told at once, without reloading,
 * accepts, and the case is his; the customer's private link says who is helping them now, and
 * never what the accountant wrote for her colleague. The agent sees the customer's page read-only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WarmHandoffBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Test
    void theAccountantHandsAWarrantyClaimToTheAgentWhoAcceptsAndTheCustomerSeesIt() {
        Page sitiPage = browsers.open(port, "en-US");
        Page agusPage = browsers.open(port, "en-US");

        // given the agent at work on his queue, available in one click
        Chromium.signIn(agusPage, "agent");
        agusPage.navigate("/cases");
        agusPage.locator("#presence-button").click();
        agusPage.locator(".presence-choice[data-status=AVAILABLE]").click();
        assertThat(agusPage.locator("#presence-button")).hasText("Available");

        // when the accountant asks who can help with a warranty claim in Bahasa Indonesia
        Chromium.signIn(sitiPage, "accountant");
        Locator help = sitiPage.locator("#help-a-customer");
        assertThat(help).hasClass(Pattern.compile("\\bbtn-warning\\b"));
        help.click();
        assertThat(sitiPage.locator("main h1")).hasText("Help a customer");
        sitiPage.locator("#language").selectOption("id");
        sitiPage.locator("#topic").selectOption(new SelectOption().setLabel("Warranty claim"));
        Locator agus = sitiPage.locator("#helper-list .helper", new Page.LocatorOptions().setHasText("Agus Pratama"));
        assertThat(agus).isVisible();
        assertThat(sitiPage.locator("#fallback")).containsText("Customer Service");

        // and hands the walk-in customer to him with the context
        agus.locator("input[type=radio]").check();
        sitiPage.locator("#customerName").fill("Ibu Kartika Sari");
        sitiPage.locator("#customerPhone").fill("+62 812-3456-7788");
        sitiPage.locator("#customerEmail").fill("kartika.sari@contoh.example");
        sitiPage.locator("#note").fill("Blender dibeli Maret, mati total. Struk ada.");
        sitiPage.locator("#hand-over").click();
        assertThat(sitiPage).hasURL(Pattern.compile("/handoffs/\\d+$"));
        assertThat(sitiPage.locator("#handoff-state")).hasText("Waiting for an answer");
        assertThat(sitiPage.locator("main")).containsText("Stay with the customer until they accept.");

        // then the agent is told on the page he is on, without reloading it, and accepts
        Locator offer = agusPage.locator(".handoff-offer");
        assertThat(offer)
                .containsText(
                        "Siti Rahmawati asks you to help Ibu Kartika Sari with Warranty claim",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(15_000));
        assertThat(offer).containsText("Blender dibeli Maret");
        assertThat(agusPage).hasURL(Pattern.compile("/cases$"));
        offer.locator(".inbox-accept").click();

        // and the case is his
        assertThat(agusPage).hasURL(Pattern.compile("/cases/\\d+$"));
        assertThat(agusPage.locator("#owner-name")).hasText("Agus Pratama");
        assertThat(agusPage.locator("main")).containsText("Blender dibeli Maret");
        String privateLink = java.net
                .URI
                .create(agusPage.locator("#private-link").inputValue())
                .getPath();
        assertThat(privateLink).startsWith("/portal/cases/");

        // and the accountant's page shows it, by itself
        assertThat(sitiPage.locator("#handoff-state"))
                .hasText(
                        "Accepted",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
        // and no longer asks her to stay with the customer until they accept: they did
        assertThat(sitiPage.locator("main")).not().containsText("Stay with the customer");

        // and the customer's private link says who is helping them now
        Page kartika = browsers.open(port, "id-ID");
        kartika.navigate(privateLink);
        assertThat(kartika.locator("main")).containsText("Agus Pratama kini membantu Anda.");
        // but never the context the accountant wrote for her colleague
        assertThat(kartika.locator("main")).not().containsText("Blender dibeli Maret");

        // and the agent copies the link to send it, and sees what the customer sees, read-only
        agusPage.locator("#copy-private-link").click();
        assertThat(agusPage.locator("#copy-private-link")).hasText("Copied");
        agusPage.locator("#portal-preview").click();
        assertThat(agusPage.locator("#preview-banner")).containsText("Preview: this is what the customer sees.");
        assertThat(agusPage.locator("main")).containsText("Agus Pratama is now helping you.");
        assertThat(agusPage.locator("main")).not().containsText("Blender dibeli Maret");
        assertThat(agusPage.locator("#reply")).hasCount(0);
        assertThat(agusPage.locator("main form")).hasCount(0);
        agusPage.locator("#back-to-case").click();
        assertThat(agusPage).hasURL(Pattern.compile("/cases/\\d+$"));
    }
}
