package dev.kantor.platform.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kantor's pages under their Content-Security-Policy in a real (headless) Chromium: an admin goes
 * through every main page in both languages and uses the parts htmx, Bootstrap and Chart.js drive,
 * and the browser reports no refusal. The sign-in cookie's flags are checked on the real server,
 * as a browser and a proxy in front of Kantor see them.
 * <p>
 * Kantor runs here as behind a proxy ({@code server.forward-headers-strategy=native}); the
 * browser connects directly and sends no forwarding headers, so its pages are served as usual.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class SecurityHeadersBrowserTest {

    /** Every page in the menus an admin sees, and the forms behind them. */
    private static final List<String> PAGES = List.of(
            "/",
            "/cases",
            "/cases/new",
            "/approvals",
            "/complaints",
            "/topics/coverage",
            "/staffing",
            "/staffing/calculator",
            "/staffing/queues/new",
            "/staffing/history/import",
            "/people",
            "/people/new",
            "/people/import",
            "/people/1",
            "/departments",
            "/departments/new",
            "/positions",
            "/positions/new",
            "/skills",
            "/audit",
            "/accounts",
            "/account/password",
            "/authority",
            "/handoffs/figures",
            "/topics",
            "/calendar",
            "/outbox",
            "/service-targets",
            "/help",
            "/swagger-ui/index.html");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    /** What the browser refused or failed at, as it reported it. */
    private final List<String> refusals = new ArrayList<>();

    private Page browser(String locale) {
        Page page = browsers.open(port, locale);
        // runs before any script of the page, outside its policy: keeps every refusal the page meets
        page.addInitScript(
                """
                window.__refused = [];
                document.addEventListener('securitypolicyviolation', e => window.__refused.push(
                    e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
                """);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")
                    || message.text().contains("Refused to")) {
                refusals.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> refusals.add(page.url() + ": script error " + error));
        return page;
    }

    private void collect(Page page) {
        Object refused = page.evaluate("() => window.__refused || []");
        if (refused instanceof List<?> list) {
            list.forEach(r -> refusals.add(page.url() + ": " + r));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "id-ID"})
    void everyMainPageWorksUnderThePolicyInBothLanguages(String locale) {
        // the sign-in page and the portal, before anyone signs in
        Page page = browser(locale);
        page.navigate("/portal");
        collect(page);
        Chromium.signIn(page, "admin");
        collect(page);

        for (String path : PAGES) {
            Response response = page.navigate(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.headerValue("content-security-policy")).as(path).contains("script-src 'self'");
            page.waitForLoadState();
            collect(page);
        }

        // the presence menu, loaded by htmx into the menu bar, opened by Bootstrap, changed by htmx
        page.navigate("/people");
        page.locator("#presence-button").click();
        page.locator(".presence-choice[data-status=BUSY]").click();
        assertThat(page.locator("#presence-button")).hasClass(Pattern.compile("btn-warning"));
        page.locator("#presence-button").click();
        page.locator(".presence-choice[data-status=AVAILABLE]").click();
        assertThat(page.locator("#presence-button")).hasClass(Pattern.compile("btn-success"));
        // the directory's search, answered by htmx as one types
        Response search = page.waitForResponse(
                r -> "true".equals(r.request().headerValue("hx-request"))
                        && r.url().contains("/people"),
                () -> page.locator("#q").fill("a"));
        assertThat(search.status()).isEqualTo(200);
        collect(page);

        // "Help a customer": choosing a topic asks htmx who can help now
        page.locator("#help-a-customer").click();
        // once the page's scripts listen: the topic asks by htmx
        page.waitForURL(java.util.regex.Pattern.compile(".*/help$"));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        Response helpers = page.waitForResponse(r -> r.url().contains("/help/helpers"), () -> page.locator("#topic")
                .selectOption(new SelectOption().setIndex(1)));
        assertThat(helpers.status()).isEqualTo(200);
        collect(page);

        // a forecast page: its chart drawn by Chart.js from the page's data block
        page.navigate("/staffing");
        page.locator("main table a").first().click();
        page.waitForFunction("() => window.Chart && window.Chart.getChart('forecast-chart') !== undefined");
        collect(page);

        // the menus Bootstrap opens
        page.navigate("/");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(locale.startsWith("id") ? "Administrasi" : "Administration"))
                .click();
        collect(page);

        assertThat(refusals)
                .as("what the browser refused under the Content-Security-Policy")
                .isEmpty();
    }

    @Test
    void overPlainHttpTheSignInCookieIsHiddenFromScriptsAndOtherSitesButNotSecure() throws Exception {
        HttpResponse<String> answer = signIn(null);

        String cookie = sessionCookie(answer);
        assertThat(cookie)
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behindAnHttpsProxyTheSignInCookieIsSecureAndBrowsersAreToldToStayOnHttps() throws Exception {
        HttpResponse<String> answer = signIn("https");

        assertThat(sessionCookie(answer)).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly");
        assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                .get()
                .asString()
                .contains("max-age=31536000");
    }

    /**
     * Signs in with the form as the demo agent, the way a browser would after reading the sign-in
     * page; the session cookie is passed on by hand, since a cookie marked Secure is one a client
     * keeps back over plain HTTP, which is how the proxy talks to Kantor here.
     */
    private HttpResponse<String> signIn(String forwardedProto) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder form = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (forwardedProto != null) {
            form.header("X-Forwarded-Proto", forwardedProto);
        }
        HttpResponse<String> page = http.send(form.build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("the sign-in form's CSRF token").isTrue();
        String session = sessionCookie(page).split(";")[0];
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString("username=agent&password=demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)));
        if (forwardedProto != null) {
            post.header("X-Forwarded-Proto", forwardedProto);
        }
        HttpResponse<String> answer = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.headers().toString()).isEqualTo(302);
        return answer;
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + answer.headers()));
    }
}
