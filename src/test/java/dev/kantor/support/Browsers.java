package dev.kantor.support;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers of a browser test class: one Chromium for the class, and a fresh browser profile
 * for each person a test opens, closed when the test ends. Register it with
 * {@code @RegisterExtension static final Browsers browsers = new Browsers();}.
 */
public final class Browsers implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final List<BrowserContext> open = new ArrayList<>();
    private Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext test) {
        // a page's answer can take seconds on a busy two-core machine: wait as long as for actions
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        chromium = Chromium.launch();
    }

    /** One person's browser on Kantor at this port, in this language (e.g. "id-ID"), on a new page. */
    public Page open(int port, String locale) {
        BrowserContext context = chromium.newContext(port, locale);
        open.add(context);
        return context.newPage();
    }

    @Override
    public void afterEach(ExtensionContext test) {
        open.forEach(BrowserContext::close);
        open.clear();
    }

    @Override
    public void afterAll(ExtensionContext test) {
        if (chromium != null) {
            chromium.close();
        }
    }
}
