package dev.kantor.support;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

/**
 * Debian's headless Chromium driven by Playwright, never a downloaded browser: the build runs
 * offline. Starting it costs about two seconds, so a browser test class shares one through
 * {@link Browsers}.
 */
public final class Chromium implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        // without the networking flags Chromium keeps calling home, which this network refuses
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
        return new Chromium(playwright, browser);
    }

    /** A fresh browser profile (cookies, language) on Kantor at this port, as one person's browser. */
    BrowserContext newContext(int port, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale(locale)
                .setViewportSize(1400, 1000));
        context.setDefaultTimeout(10_000);
        return context;
    }

    /** Signs in as a demo user through the login form, as a person would, and waits for the home page. */
    public static void signIn(Page page, String user) {
        page.navigate("/login");
        page.locator("#username").fill(user);
        page.locator("#password").fill("demo");
        page.locator("main form button[type=submit]").click();
        PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile("^[^?]*://[^/]+/$"));
        // the URL changes before the deferred scripts run; a click before then would do nothing
        page.waitForLoadState(LoadState.LOAD);
    }

    /**
     * Opens a group of the menu bar, as a person clicking its name would. The dropdowns are
     * Bootstrap's, from a deferred script: a click that lands before the script ran does nothing,
     * so this waits for the page to have loaded and clicks again until the group is open.
     */
    public static void openMenu(Page page, String group) {
        page.waitForLoadState(LoadState.LOAD);
        Locator toggle = page.locator("nav.navbar")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(group).setExact(true));
        for (int attempt = 1; ; attempt++) {
            toggle.click();
            try {
                PlaywrightAssertions.assertThat(toggle)
                        .hasAttribute(
                                "aria-expanded", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(2_000));
                return;
            } catch (AssertionError notYet) {
                if (attempt == 5) {
                    throw notYet;
                }
            }
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
