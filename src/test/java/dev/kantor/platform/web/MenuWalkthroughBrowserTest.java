package dev.kantor.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role walks every page of its menu, in both languages, on a laptop (1280 × 800; the admin,
 * whose menu is the longest, also at 1366 × 768) and on a phone (390 × 844): no page scrolls
 * sideways, the menu bar stays one row on the laptop, and the person's name and "Sign out" are in
 * view, on the phone once the folded menu is opened. Agents' menus hold no departments, positions
 * or API. Each page is loaded once and looked at in every size, so the walk stays quick; and a page
 * another role has already walked in the same language is not walked again (the admin, who sees
 * the most, goes first), except each role's own home page, which differs most between roles. The
 * menu bar, which is the same on every page of a role, is still looked at on every page walked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MenuWalkthroughBrowserTest {

    private record Size(int width, int height) {

        boolean folded() {
            return width < 1200;
        }

        @Override
        public String toString() {
            return width + "×" + height;
        }
    }

    private static final Size LAPTOP = new Size(1280, 800);
    private static final Size WIDE_LAPTOP = new Size(1366, 768);
    private static final Size PHONE = new Size(390, 844);
    /** A menu bar of one row: the brand, the groups and the buttons side by side. */
    private static final double ONE_ROW = 72;

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    /** Pages already walked without a problem, per language ("en-US /people"). */
    private static final Set<String> WALKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static Stream<Arguments> rolesAndLanguages() {
        return Stream.of("admin", "hr", "manager", "agent", "accountant")
                .flatMap(user -> Stream.of(Arguments.of(user, "en-US"), Arguments.of(user, "id-ID")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("rolesAndLanguages")
    void everyPageOfTheMenuFitsALaptopAndAPhone(String user, String locale) {
        Page page = browsers.open(port, locale);
        // the folded menu opens at once instead of sliding, so a page is looked at without waiting
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        page.setViewportSize(LAPTOP.width(), LAPTOP.height());
        Chromium.signIn(page, user);
        List<Size> sizes = "admin".equals(user) ? List.of(LAPTOP, WIDE_LAPTOP, PHONE) : List.of(LAPTOP, PHONE);

        List<String> pages = menu(page);
        assertThat(pages).as("the menu of " + user).contains("/", "/people", "/help", "/account/password");
        if ("agent".equals(user)) {
            assertThat(pages).doesNotContain("/departments", "/positions", "/swagger-ui.html");
        } else {
            assertThat(pages).contains("/departments", "/positions", "/swagger-ui.html");
        }

        List<String> problems = new ArrayList<>();
        List<String> walked = new ArrayList<>();
        for (String path : pages) {
            if (!"/".equals(path) && WALKED.contains(locale + " " + path)) {
                continue;
            }
            walked.add(locale + " " + path);
            page.setViewportSize(LAPTOP.width(), LAPTOP.height());
            Response response = page.navigate(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            // Swagger UI is not one of Kantor's pages: it has no menu bar of Kantor's
            boolean kantorPage = !path.startsWith("/swagger-ui");
            if (kantorPage) {
                // the presence button is filled in by htmx after the page loads, and takes room in the bar
                assertThat(page.locator("#presence-button")).isVisible();
            }
            for (Size size : sizes) {
                page.setViewportSize(size.width(), size.height());
                String where = user + " " + locale + " " + size + " " + path;
                if (scrollsSideways(page)) {
                    problems.add(where + ": scrolls sideways, " + page.evaluate("document.documentElement.scrollWidth")
                            + " px wide");
                }
                if (kantorPage) {
                    problems.addAll(nameAndSignOutInView(page, size, where));
                }
            }
        }
        assertThat(problems).isEmpty();
        // only a walk that passed spares the others a page: a walk run again after a failure repeats it all
        WALKED.addAll(walked);
    }

    /** Every page the menu bar links to, in the order it shows them, the home page first. */
    private static List<String> menu(Page page) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add("/");
        for (Object href : (List<?>) page.evaluate(
                "() => [...document.querySelectorAll('nav.navbar a[href]')].map(a => a.getAttribute('href'))")) {
            String path = String.valueOf(href);
            if (path.startsWith("/") && !path.startsWith("/language")) {
                paths.add(path);
            }
        }
        return List.copyOf(paths);
    }

    private static boolean scrollsSideways(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
    }

    /**
     * What keeps the person's name or "Sign out" from view: on a laptop the menu bar wrapping to a
     * second row or pushing them off the screen; on a phone, the opened menu not showing them.
     */
    private static List<String> nameAndSignOutInView(Page page, Size size, String where) {
        List<String> problems = new ArrayList<>();
        Locator toggler = page.locator("nav.navbar .navbar-toggler");
        if (size.folded()) {
            assertThat(toggler).isVisible();
            toggler.click();
            assertThat(page.locator("#mainNav")).hasClass(java.util.regex.Pattern.compile("\\bshow\\b"));
        } else {
            assertThat(toggler).isHidden();
            double height = page.locator("nav.navbar > .container-fluid").boundingBox().height;
            if (height > ONE_ROW) {
                problems.add(where + ": the menu bar wraps to " + Math.round(height) + " px");
            }
        }
        for (String control : List.of("#change-password", "#sign-out")) {
            Locator element = page.locator(control);
            BoundingBox box = element.boundingBox();
            if (!element.isVisible() || box == null || box.x < 0 || box.x + box.width > size.width() + 0.5) {
                problems.add(where + ": " + control + " is not in view");
            }
        }
        if (size.folded()) {
            toggler.click();
            assertThat(page.locator("#mainNav")).not().hasClass(java.util.regex.Pattern.compile("\\bshow\\b"));
        }
        return problems;
    }
}
