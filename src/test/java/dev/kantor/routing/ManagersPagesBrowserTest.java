package dev.kantor.routing;

import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The pages managers and admins keep Kantor's promises on, in a real browser and in Bahasa
 * Indonesia: service targets (a target the wrong way round is refused, a good one is saved), the
 * topic catalogue (a bad code is refused), who can serve each topic now, and the handoff figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagersPagesBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Test
    void aManagerChangesAServiceTargetAndIsToldWhenItIsTheWrongWayRound() {
        Page page = browsers.open(port, "id-ID");
        Chromium.signIn(page, "manager");

        page.navigate("/service-targets");
        Locator lowQuestion = page.locator(".target-form[data-target=QUESTION-LOW]");
        lowQuestion.locator("input[name=firstResponseHours]").fill("30");
        lowQuestion.locator("input[name=resolutionHours]").fill("10");
        lowQuestion.locator("button[type=submit]").click();
        assertThat(page.locator(".flash .alert-danger"))
                .hasText("Tanggapan pertama tidak boleh jatuh tempo setelah penyelesaian.");

        lowQuestion = page.locator(".target-form[data-target=QUESTION-LOW]");
        lowQuestion.locator("input[name=firstResponseHours]").fill("8");
        lowQuestion.locator("input[name=resolutionHours]").fill("32");
        lowQuestion.locator("button[type=submit]").click();
        assertThat(page.locator(".flash .alert-success")).containsText("Target layanan sudah disimpan");
        assertThat(page.locator("#targets")).containsText("32 jam kerja");

        // who can serve each topic now, and how handoffs went
        page.navigate("/topics/coverage");
        assertThat(page.locator("main h1")).hasText("Siapa yang bisa melayani tiap topik sekarang");
        assertThat(page.locator("tr[data-topic=warranty] .available")).not().hasText("0");
        page.navigate("/handoffs/figures");
        assertThat(page.locator("main h1")).hasText("Angka serah terima");
    }

    @Test
    void anAdminIsToldWhatIsWrongWithANewTopicAndNothingIsAdded() {
        Page page = browsers.open(port, "id-ID");
        Chromium.signIn(page, "admin");

        page.navigate("/topics");
        Locator form = page.locator("#new-topic");
        // the browser's own pattern check would stop the form; Kantor must refuse it too
        form.locator("#code").evaluate("e => e.removeAttribute('pattern')");
        form.locator("#code").fill("Kode Salah!");
        form.locator("input[name=nameEn]").fill("Gift wrapping");
        form.locator("input[name=nameIdn]").fill("Bungkus kado");
        form.locator("button[type=submit]").click();
        assertThat(page.locator(".flash .alert-danger"))
                .hasText("Kode: Gunakan 2–40 huruf kecil, angka, dan tanda hubung.");
        assertThat(page.locator("#topics")).not().containsText("Bungkus kado");

        form = page.locator("#new-topic");
        form.locator("#code").fill("gift-wrapping");
        form.locator("input[name=nameEn]").fill("Gift wrapping");
        form.locator("input[name=nameIdn]").fill("Bungkus kado");
        form.locator("button[type=submit]").click();
        assertThat(page.locator(".flash .alert-success")).hasText("Topik sudah disimpan.");
        assertThat(page.locator("#topics")).containsText("Bungkus kado");
    }
}
