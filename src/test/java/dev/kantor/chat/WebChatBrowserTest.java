package dev.kantor.chat;

import java.util.UUID;
import java.util.regex.Pattern;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The web chat in real (headless) Chromium: a customer starts a chat on the portal in Bahasa Indonesia, the agent
 * Agus Pratama takes it on his chat desk, a message goes each way without a reload, and he hands the chat warmly to
 * the manager Dewi Lestari, who accepts and goes on with the chat and its transcript while the customer reads that
 * she took over.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatBrowserTest {

    /** The desk asks every 2 s and a handoff offer shows within 3 s; on a busy machine give them a few rounds. */
    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    private static final LocatorAssertions.IsVisibleOptions SOON_VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    private Page customer;

    @AfterEach
    void theCustomerEndsTheChat() {
        // a chat left under way would sit on the manager's desk for the tests that follow
        if (customer != null && customer.locator("#chat-end").isVisible()) {
            customer.locator("#chat-end").click();
            assertThat(customer.locator("#chat-status")).containsText("selesai", SOON);
        }
    }

    @Test
    void aMessageGoesEachWayWithoutReloadThenTheChatIsHandedToAColleague() throws Exception {
        for (String user : new String[] {"agent", "manager"}) {
            ApiCalls.call(port, user, "PUT", "/api/presence/me", "{\"status\": \"AVAILABLE\"}");
        }
        String name = "Ibu Kartika " + UUID.randomUUID().toString().substring(0, 6);

        // given a customer who starts a chat about a warranty claim
        customer = browsers.open(port, "id-ID");
        customer.navigate("/portal/chat");
        customer.locator("#customerName").fill(name);
        customer.locator("#topic").selectOption(new SelectOption().setValue("warranty"));
        customer.locator("#message").fill("Blender saya mati setelah seminggu.");
        customer.locator("#chat-start-button").click();
        assertThat(customer).hasURL(Pattern.compile("/portal/chat$"));
        assertThat(customer.locator("#chat-status")).containsText("antrean", SOON);
        assertThat(customer.locator("#chat-log")).containsText("Blender saya mati");

        // when the agent finds it on his chat desk and accepts it
        Page agus = browsers.open(port, "en-US");
        Chromium.signIn(agus, "agent");
        Chromium.openMenu(agus, "Cases");
        agus.locator("#nav-chat").click();
        assertThat(agus.locator("main h1")).hasText("Chat desk");
        Locator waiting = agus.locator("#chat-offers li, #chat-others li", new Page.LocatorOptions().setHasText(name));
        assertThat(waiting).isVisible(SOON_VISIBLE);
        waiting.locator("button").click();
        assertThat(agus.locator("#chat-log")).containsText("Blender saya mati", SOON);

        // then the customer sees who is helping them, and each reads the other's message without reloading
        assertThat(customer.locator("#chat-status")).containsText("Agus Pratama", SOON);
        agus.locator("#chat-text").fill("Apakah struknya masih ada?");
        agus.locator("#chat-send").click();
        assertThat(customer.locator("#chat-log")).containsText("Apakah struknya masih ada?", SOON);
        customer.locator("#chat-text").fill("Masih, dari bulan Maret.");
        customer.locator("#chat-send").click();
        assertThat(agus.locator("#chat-log")).containsText("Masih, dari bulan Maret.", SOON);
        // and a note for staff stays on his side
        agus.locator("#chat-text").fill("Likely a motor fault.");
        agus.locator("#chat-note").check();
        agus.locator("#chat-send").click();
        assertThat(agus.locator("#chat-log")).containsText("Likely a motor fault.", SOON);

        // when he hands the chat to the manager, who accepts it
        Page dewi = browsers.open(port, "en-US");
        Chromium.signIn(dewi, "manager");
        dewi.navigate("/chat");
        agus.locator("#chat-handoff").click();
        assertThat(agus.locator("main h1")).hasText("Help a customer");
        Locator toDewi = agus.locator("#helper-list .helper", new Page.LocatorOptions().setHasText("Dewi Lestari"));
        assertThat(toDewi).isVisible(SOON_VISIBLE);
        toDewi.locator("input[type=radio]").check();
        agus.locator("#note").fill("Warranty claim, receipt from March.");
        agus.locator("#hand-over").click();
        Locator offer = dewi.locator(".handoff-offer");
        assertThat(offer).containsText(name, SOON);
        offer.locator(".inbox-accept").click();
        assertThat(dewi).hasURL(Pattern.compile("/cases/\\d+$"));

        // then the chat is hers, with its transcript and the note, and the customer reads that she took over
        dewi.navigate("/chat");
        Locator held = dewi.locator("#chat-held li", new Page.LocatorOptions().setHasText(name));
        assertThat(held).isVisible(SOON_VISIBLE);
        held.locator("button").click();
        assertThat(dewi.locator("#chat-log")).containsText("Masih, dari bulan Maret.", SOON);
        assertThat(dewi.locator("#chat-log")).containsText("Likely a motor fault.");
        assertThat(customer.locator("#chat-status")).containsText("Dewi Lestari", SOON);
        assertThat(customer.locator("#chat-log")).containsText("Dewi Lestari mengambil alih obrolan.");
        assertThat(customer.locator("#chat-log")).not().containsText("motor fault");
        dewi.locator("#chat-text").fill("Saya lanjutkan, Bu. Kami ganti blendernya.");
        dewi.locator("#chat-send").click();
        assertThat(customer.locator("#chat-log")).containsText("Kami ganti blendernya.", SOON);
    }
}
