package dev.kantor.cases.work;

import java.util.List;
import java.util.regex.Pattern;

import dev.kantor.cases.Priority;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.intake.CaseIntake;
import dev.kantor.platform.security.UserAccounts;
import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case queue in a real browser: an agent sorts it, saves a view as the one the queue opens
 * with and gets it back on the next visit; a manager assigns three cases at once in Bahasa
 * Indonesia and is told which one was left as it was and why; and on a phone the queue fits the
 * screen, its filters folded behind a button that opens them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseQueueBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    CaseIntake intake;

    @Autowired
    CaseWork work;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    /** A browser; the first pages of a fresh application can take long on a busy machine. */
    Page browser(String locale) {
        Page page = browsers.open(port, locale);
        page.setDefaultNavigationTimeout(60_000);
        page.setDefaultTimeout(30_000);
        return page;
    }

    QueueCases cases() {
        return new QueueCases(intake, work, accounts);
    }

    @Test
    void anAgentSortsByOpeningSavesMyUrgentAsTheDefaultAndGetsItBackOnTheNextVisit() {
        // given three cases of the agent's, one of them urgent, and another urgent one opened later
        String marker = QueueCases.marker();
        CustomerCase older = cases().walkIn("agent", "Eka " + marker, "Blender " + marker, Priority.URGENT);
        CustomerCase low = cases().walkIn("agent", "Fajar " + marker, "Kettle " + marker, Priority.LOW);
        CustomerCase newer = cases().walkIn("agent", "Gita " + marker, "Toaster " + marker, Priority.URGENT);
        Page page = browser("en-US");
        Chromium.signIn(page, "agent");
        page.navigate("/cases?q=" + marker);
        assertThat(rows(page)).hasCount(3);

        // the queue opens newest first; when she sorts by the opening time, it turns to oldest first
        assertThat(page.locator("th.cq-opened")).hasAttribute("aria-sort", "descending");
        assertThat(rows(page).first()).hasAttribute("data-case", String.valueOf(newer.getId()));
        page.locator("#sort-opened").click();
        assertThat(page).hasURL(Pattern.compile("sort=opened&dir=asc"));
        assertThat(page.locator("th.cq-opened")).hasAttribute("aria-sort", "ascending");
        assertThat(page.locator("th.cq-subject")).not().hasAttribute("aria-sort", Pattern.compile(".*"));
        assertThat(rows(page).first()).hasAttribute("data-case", String.valueOf(older.getId()));

        // and keeps the urgent ones only (once the page's scripts listen: the filters reload by htmx)
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#priority").selectOption("URGENT");
        assertThat(rows(page)).hasCount(2);
        assertThat(page.locator("tr[data-case='" + low.getId() + "']")).hasCount(0);

        // and saves that as "My urgent", the view the queue opens with
        String name = "My urgent " + marker;
        page.locator("#save-view-toggle").click();
        page.locator("#save-view #name").fill(name);
        page.getByLabel("Open the queue with this view").check();
        page.locator("#save-view-submit").click();
        assertThat(page.locator(".alert-success")).containsText("The view “" + name + "” was saved.");

        // then the queue opened later with nothing in its address shows that view, sorted as she left it
        page.navigate("/cases");
        Locator view = page.locator("#case-views a[aria-current='page']");
        assertThat(view).containsText(name);
        assertThat(view).containsText("default");
        assertThat(page.locator("th.cq-opened")).hasAttribute("aria-sort", "ascending");
        assertThat(rows(page)).hasCount(2);
        assertThat(rows(page).nth(0)).hasAttribute("data-case", String.valueOf(older.getId()));
        assertThat(rows(page).nth(1)).hasAttribute("data-case", String.valueOf(newer.getId()));
    }

    @Test
    void aManagerAssignsThreeCasesAtOnceInIndonesianAndIsToldWhichOneWasLeftAndWhy() {
        // given three cases the agent logged, on the manager's queue
        String marker = QueueCases.marker();
        List<CustomerCase> three = List.of(
                cases().walkIn("agent", "Hadi " + marker, "Iron " + marker, Priority.NORMAL),
                cases().walkIn("agent", "Indah " + marker, "Fan " + marker, Priority.NORMAL),
                cases().walkIn("agent", "Joko " + marker, "Lamp " + marker, Priority.NORMAL));
        long accountant = accounts.loadUserByUsername("accountant").employeeId();
        Page page = browser("id-ID");
        Chromium.signIn(page, "manager");
        page.navigate("/cases?q=" + marker);
        assertThat(rows(page)).hasCount(3);

        // when she checks all on the page and, before she assigns them, the agent hands one of them on
        // (a reply would not conflict with a new owner: only a change of the same field does)
        page.locator("#select-all").check();
        assertThat(page.locator("#checked-count")).hasText("3 dicentang");
        CustomerCase changed = three.get(1);
        int version = jdbc.sql("select version from customer_case where id = ?")
                .param(changed.getId())
                .query(Integer.class)
                .single();
        long manager = accounts.loadUserByUsername("manager").employeeId();
        cases().as("agent", () -> work.assign(changed.getId(), manager, version));
        page.locator("#bulk-assignee").selectOption(new SelectOption().setValue(String.valueOf(accountant)));
        page.locator("#bulk-assign").click();

        // then two are assigned, and the third is named with the reason it was left as it was
        Locator report = page.locator("#bulk-report");
        assertThat(report).containsText("2 kasus telah diubah.");
        assertThat(report).containsText("1 kasus tidak diubah:");
        assertThat(report.locator(".bulk-refused li")).hasCount(1);
        assertThat(report.locator(".bulk-refused li")).containsText(changed.getReference());
        assertThat(report.locator(".bulk-refused li"))
                .containsText("Orang lain telah mengubah data ini. Muat ulang lalu terapkan perubahan Anda lagi.");
        assertThat(ownerOf(three.get(0))).isEqualTo(accountant);
        assertThat(ownerOf(three.get(2))).isEqualTo(accountant);
        assertThat(ownerOf(changed)).isNotEqualTo(accountant);
        // the queue she comes back to is the same search
        assertThat(rows(page)).hasCount(3);
    }

    @Test
    void onAPhoneTheQueueFitsTheScreenAndTheFiltersOpenFromTheirButtonInBothLanguages() {
        String marker = QueueCases.marker();
        cases().walkIn(
                        "agent",
                        "Kartika Sari Dewi Anggraeni " + marker,
                        "A very long subject about a refrigerator that arrived with a dented door " + marker,
                        Priority.URGENT);
        for (String locale : List.of("en-US", "id-ID")) {
            Page page = browser(locale);
            page.setViewportSize(390, 844);
            Chromium.signIn(page, "agent");
            page.navigate("/cases");
            assertThat(rows(page).first()).isVisible();

            assertThat(page.locator("#case-filters")).not().isVisible();
            assertNoSidewaysScrolling(page, locale + ", filters folded");
            page.locator("#filters-toggle").click();
            assertThat(page.locator("#case-filters")).isVisible();
            assertThat(page.locator("#filters-toggle")).hasAttribute("aria-expanded", "true");
            assertThat(page.locator("#q")).isVisible();
            assertNoSidewaysScrolling(page, locale + ", filters open");

            // and at 1280 px the filters are open and the queue fits too (the menu bar above it is
            // the layout's, asserted by the walkthrough of every page)
            page.setViewportSize(1280, 800);
            assertThat(page.locator("#filters-toggle")).not().isVisible();
            assertThat(page.locator("#case-filters")).isVisible();
            Object queueOverflow = page.evaluate("() => Math.max(document.querySelector('main').scrollWidth"
                    + " - document.querySelector('main').clientWidth, ...[...document.querySelectorAll('main *')]"
                    + ".map(e => Math.round(e.getBoundingClientRect().right - window.innerWidth)))");
            assertThat(((Number) queueOverflow).intValue())
                    .as("the queue wider than the window, %s at 1280 px", locale)
                    .isLessThanOrEqualTo(0);
        }
    }

    private static void assertNoSidewaysScrolling(Page page, String when) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        // what sticks out, for the message: the outermost elements reaching past the window
        Object wide = page.evaluate("() => [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".filter(e => !(e.parentElement && e.parentElement.getBoundingClientRect().right > window.innerWidth + 1))"
                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
                + ".join(', ')");
        assertThat(((Number) overflow).intValue())
                .as("sideways scrolling, %s: %s", when, wide)
                .isLessThanOrEqualTo(0);
    }

    private static Locator rows(Page page) {
        return page.locator("#case-table tbody tr[data-case]");
    }

    private Long ownerOf(CustomerCase c) {
        return jdbc.sql("select owner_id from customer_case where id = ?")
                .param(c.getId())
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
