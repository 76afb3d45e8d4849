package dev.kantor.cases.work;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;
import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page never loses what an agent types, in real (headless) Chromium: while the agent
 * Agus Pratama writes a reply, the customer writes through the portal and the manager Dewi
 * Lestari replies from her own browser; his page shows both without a reload, both see that the
 * other is looking, and his reply is sent. A reply typed and not sent is still there after a
 * reload, and forgotten once sent even when the page after the send never ran in the browser;
 * declining a handoff from the pop-up leaves the page and the reply as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveCasePageBrowserTest {

    private static final Pattern CASE_PAGE = Pattern.compile("/cases/\\d+$");

    /** The page asks every 3 s; on a busy machine give it a few rounds. */
    private static final LocatorAssertions.HasTextOptions SOON =
            new LocatorAssertions.HasTextOptions().setTimeout(20_000);

    private static final LocatorAssertions.ContainsTextOptions SOON_CONTAINS =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Test
    void whileTheAgentTypesTheCustomerAndAColleagueWriteHisPageShowsItAndHisReplyIsSent() throws Exception {
        JsonNode c = caseOfTheAgent("Pintu kulkas penyok");
        String casePage = "/cases/" + c.get("id").asLong();

        // given the agent, reading Kantor in English, and the manager, in Bahasa Indonesia, on the same case
        Page agus = browsers.open(port, "en-US");
        Chromium.signIn(agus, "agent");
        agus.navigate(casePage);
        Page dewi = browsers.open(port, "id-ID");
        Chromium.signIn(dewi, "manager");
        dewi.navigate(casePage);

        // then each sees that the other is looking at it
        assertThat(agus.locator("#case-viewers")).hasText("Dewi Lestari is also looking at this case.", SOON);
        assertThat(dewi.locator("#case-viewers")).hasText("Agus Pratama juga sedang melihat kasus ini.", SOON);

        // when the agent types a reply, and meanwhile the customer writes through the portal
        Locator reply = agus.locator("#reply-text");
        reply.fill("Thank you, a new door goes out on Monday.");
        Page customer = browsers.open(port, "id-ID");
        customer.navigate(c.get("privateLink").asString());
        customer.locator("#reply textarea").fill("Apakah pintunya bisa dikirim minggu ini?");
        customer.locator("#reply #send-reply").click();
        assertThat(customer.locator("main")).containsText("Apakah pintunya bisa dikirim minggu ini?");
        // and the manager replies from her page
        dewi.locator("#reply-text").fill("Saya cek stok pintunya dulu.");
        dewi.locator("#send-reply").click();
        assertThat(dewi.locator(".flash .alert-success")).isVisible();

        // then his page shows both, with a notice each, without a reload and without touching his reply
        Locator notices = agus.locator("#case-notices");
        assertThat(notices).containsText("The customer wrote again.", SOON_CONTAINS);
        assertThat(notices).containsText("Dewi Lestari replied to the customer.", SOON_CONTAINS);
        assertThat(agus.locator("#timeline")).containsText("Apakah pintunya bisa dikirim minggu ini?");
        assertThat(agus.locator("#timeline")).containsText("Saya cek stok pintunya dulu.");
        assertThat(reply).hasValue("Thank you, a new door goes out on Monday.");

        // when he sends it, it is sent, not refused
        agus.locator("#send-reply").click();
        assertThat(agus).hasURL(CASE_PAGE);
        assertThat(agus.locator(".flash .alert-success")).containsText("Your reply is on its way to");
        assertThat(agus.locator("#timeline")).containsText("Thank you, a new door goes out on Monday.");
        assertThat(agus.locator("#reply-text")).hasValue("");

        // and the manager's page tells her, in her language
        assertThat(dewi.locator("#case-notices")).containsText("Agus Pratama membalas pelanggan.", SOON_CONTAINS);
        assertThat(dewi.locator("#timeline")).containsText("Thank you, a new door goes out on Monday.");
    }

    @ParameterizedTest
    @CsvSource({
        "en-US, Your unsent text from before is back., Your reply is on its way to",
        "id-ID, Teks Anda yang belum terkirim sudah dikembalikan., Balasan Anda sedang dikirim ke"
    })
    void aReplyTypedAndNotSentIsStillThereAfterAReloadAndGoneOnceSent(String locale, String restored, String sent)
            throws Exception {
        JsonNode c = caseOfTheAgent("Kipas angin berisik");
        Page agus = browsers.open(port, locale);
        Chromium.signIn(agus, "agent");
        agus.navigate("/cases/" + c.get("id").asLong());
        assertThat(agus.locator("#reply-form .draft-restored")).isHidden();

        // given a reply typed and not sent
        agus.locator("#reply-text").fill("Mohon kirim foto nomor seri kipasnya.");

        // when the page is reloaded
        agus.reload();

        // then the reply is still there, and the page says so
        assertThat(agus.locator("#reply-text")).hasValue("Mohon kirim foto nomor seri kipasnya.");
        assertThat(agus.locator("#reply-form .draft-restored")).hasText(restored);

        // and once sent, it is forgotten
        agus.locator("#send-reply").click();
        assertThat(agus.locator(".flash .alert-success")).containsText(sent);
        assertThat(agus.locator("#timeline")).containsText("Mohon kirim foto nomor seri kipasnya.");
        agus.reload();
        assertThat(agus.locator("#reply-text")).hasValue("");
        assertThat(agus.locator("#reply-form .draft-restored")).isHidden();
    }

    @Test
    void aSentReplyIsForgottenEvenWhenThePageAfterTheSendNeverRanAndKeptWhenTheSendNeverArrived() throws Exception {
        JsonNode c = caseOfTheAgent("Penanak nasi tidak panas");
        String casePage = "/cases/" + c.get("id").asLong();
        Page agus = browsers.open(port, "id-ID");
        Chromium.signIn(agus, "agent");
        agus.navigate(casePage);
        Locator reply = agus.locator("#reply-text");

        // given a reply whose send never reaches Kantor (the connection drops on the way)
        reply.fill("Teknisi kami datang besok pagi.");
        agus.route("**/cases/*/reply", Route::abort);
        agus.locator("#send-reply").click();
        agus.waitForURL(url -> !url.endsWith(casePage));
        agus.unroute("**/cases/*/reply");

        // then back on the case, the reply is still there
        agus.navigate(casePage);
        assertThat(reply).hasValue("Teknisi kami datang besok pagi.");

        // when it is sent, and the page after the send is answered but never runs in the browser (on a busy machine
        // the agent reloads, or moves on, before its script ran): its one sign that the reply went out is lost
        AtomicBoolean answered = new AtomicBoolean();
        agus.route("**/cases/*/reply", route -> {
            route.fetch(); // the send, and the page it leads to, which shows that sign once
            route.abort();
            answered.set(true);
        });
        agus.locator("#send-reply").click();
        agus.waitForCondition(answered::get);
        agus.unroute("**/cases/*/reply");
        agus.navigate(casePage);
        assertThat(agus.locator("#timeline")).containsText("Teknisi kami datang besok pagi.");

        // then the sent reply does not come back in the box
        assertThat(reply).hasValue("");
        assertThat(agus.locator("#reply-form .draft-restored")).isHidden();
    }

    @ParameterizedTest
    @CsvSource({
        "en-US, You declined the handoff; it moved on.",
        "id-ID, Anda menolak serah terima; serah terima diteruskan."
    })
    void decliningAHandoffFromThePopUpKeepsThePageAndTheReplyBeingTyped(String locale, String declined)
            throws Exception {
        JsonNode c = caseOfTheAgent("Garansi setrika");
        String casePage = "/cases/" + c.get("id").asLong();
        assertThat(ApiCalls.call(port, "agent", "PUT", "/api/presence/me", "{\"status\": \"AVAILABLE\"}")
                        .status())
                .isEqualTo(200);

        // given the agent typing a reply on a case
        Page agus = browsers.open(port, locale);
        Chromium.signIn(agus, "agent");
        agus.navigate(casePage);
        agus.locator("#reply-text").fill("Setrika pengganti sudah kami siapkan.");

        // when the accountant hands him a customer, and he declines in the pop-up
        long handoff = handedToTheAgent();
        Locator offer = agus.locator(".handoff-offer[data-handoff='" + handoff + "']");
        assertThat(offer).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        offer.locator(".inbox-decline").click();

        // then he stays where he was, is told what happened, and his reply is still there
        assertThat(agus.locator(".flash .handoff-answer")).hasText(declined);
        assertThat(offer).hasCount(0);
        assertThat(agus).hasURL(Pattern.compile(casePage + "$"));
        assertThat(agus.locator("#reply-text")).hasValue("Setrika pengganti sudah kami siapkan.");
    }

    /** A walk-in case the agent logged for a customer with an e-mail address, so his replies are mailed. */
    private JsonNode caseOfTheAgent(String subject) throws Exception {
        Answer created = ApiCalls.call(
                port,
                "agent",
                "POST",
                "/api/cases",
                """
                {"channel": "WALK_IN", "type": "COMPLAINT", "topic": "returns", "subject": "%s",
                 "message": "Barangnya rusak saat diantar.",
                 "customer": {"name": "Wulan Sari", "email": "wulan.%s@contoh.example", "language": "id"}}"""
                        .formatted(subject, UUID.randomUUID()));
        assertThat(created.status()).as("opening a case: %s", created.body()).isEqualTo(201);
        return created.body();
    }

    /** The accountant hands a walk-in customer to the agent; answers the handoff's id. */
    private long handedToTheAgent() throws Exception {
        long agus = ApiCalls.call(port, "agent", "GET", "/api/people?q=agus.pratama@sinarmaju.example", null)
                .body()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        Answer created = ApiCalls.call(
                port,
                "accountant",
                "POST",
                "/api/handoffs",
                """
                {"customer": {"name": "Bu Ratna", "phone": "+62 812-7000-%04d"}, "topic": "warranty", "language": "id",
                 "note": "Setrika mati total.", "receiverId": %d}"""
                        .formatted((int) Math.floorMod(System.nanoTime(), 10_000L), agus));
        assertThat(created.status())
                .as("starting a handoff: %s", created.body())
                .isEqualTo(201);
        return created.body().get("id").asLong();
    }
}
