package dev.kantor.platform.security.tokens;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's API token in a real (headless) Chromium: made on "My API tokens" from the menu bar, its
 * secret copied from the page and used by a program, then revoked on the page, after which the
 * program is refused. Same application as the API tests, so it shares their start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokensBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Test
    void aPersonMakesATokenAProgramUsesItAndRevokingItStopsTheProgram() throws Exception {
        Page page = browsers.open(port, "en-US");
        Chromium.signIn(page, "agent");
        page.locator("#my-tokens").click();
        String name = "Shop refund status " + System.nanoTime();
        page.locator("#token-name").fill(name);
        page.locator("#token-days").selectOption("7");
        page.locator("#new-token button[type=submit]").click();

        String token = page.locator("#made-secret").textContent().trim();
        assertThat(token).startsWith("kantor_pat_");
        assertThat(ApiCalls.call(port, null, "GET", "/api/cases", null, "Authorization", "Bearer " + token)
                        .status())
                .isEqualTo(200);

        // the secret is shown once: the page opened again shows only its start
        page.navigate("/account/tokens");
        assertThat(page.locator("#made-secret")).hasCount(0);
        page.onceDialog(dialog -> dialog.accept());
        page.locator("tr", new Page.LocatorOptions().setHasText(name))
                .first()
                .locator("button")
                .click();
        assertThat(page.locator(".flash .alert-success")).containsText("The token is revoked.");
        assertThat(ApiCalls.call(port, null, "GET", "/api/cases", null, "Authorization", "Bearer " + token)
                        .status())
                .isEqualTo(401);
    }
}
