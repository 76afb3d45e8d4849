package dev.kantor.staffing;

import java.util.ArrayList;
import java.util.List;

import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staffing as a manager uses it, in a real (headless) Chromium: the calculator's worked example,
 * and the week ahead of a demo queue with its Chart.js chart drawn and its CSV downloaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffingBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    private Page page;
    private final List<String> scriptErrors = new ArrayList<>();

    @BeforeEach
    void openContext() {
        page = browsers.open(port, "en-US");
        page.onPageError(scriptErrors::add);
        Chromium.signIn(page, "manager");
    }

    @Test
    void theCalculatorWorksTheExampleOut() {
        // given the calculator, reached from the menu
        Chromium.openMenu(page, "Staffing");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staffing calculator"))
                .click();

        // when the manager types the worked example
        page.locator("#contacts").fill("100");
        page.locator("#intervalMinutes").fill("30");
        page.locator("#ahtSeconds").fill("180");
        page.locator("#calculate").click();

        // then 14 agents are needed on the floor and 20 scheduled, with 13 shown falling short
        assertThat(page.locator("#answer")).containsText("14 agents on the floor, 20 to schedule");
        assertThat(page.locator("#service-level")).hasText("88.8%");
        assertThat(page.locator("#levels tr.table-primary td").first()).hasText("14");
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void theWeekAheadShowsAChartATableAndDownloads() {
        // given the staffing overview with the demo queues
        page.navigate("/staffing");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Phone line").setExact(true))
                .click();

        // then the forecast chart is drawn by Chart.js and the table lists the open intervals
        assertThat(page.locator("h1")).hasText("Phone line: forecast and staffing");
        page.waitForFunction("() => window.Chart && window.Chart.getChart('forecast-chart') !== undefined");
        Object bars = page.evaluate("() => window.Chart.getChart('forecast-chart').data.datasets[0].data.length");
        assertThat(((Number) bars).intValue()).isEqualTo(5 * 36 + 20);
        assertThat(page.locator("#intervals tbody tr:not(.table-light)")).hasCount(5 * 36 + 20 + 1);

        // and the week downloads as CSV
        Download download = page.waitForDownload(() -> page.locator("#export").click());
        assertThat(download.suggestedFilename()).matches("forecast-\\d+-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void aManagerRemovesAQueueAfterSayingYesToTheQuestion() {
        // given a queue defined by mistake
        String name = "Mistaken queue " + System.nanoTime();
        page.navigate("/staffing/queues/new");
        page.locator("#name").fill(name);
        page.locator("#channel").selectOption("CHAT");
        page.locator("#ahtSeconds").fill("240");
        page.locator("#save").click();
        assertThat(page.locator(".flash .alert-success")).containsText(name);
        page.locator("tr", new Page.LocatorOptions().setHasText(name))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit"))
                .click();
        // the question comes from a deferred script: the page must have loaded before the button is pressed
        page.waitForURL("**/edit");

        // when the manager first says no to the question, nothing happens
        page.onceDialog(dialog -> {
            assertThat(dialog.message()).contains(name, "cannot be undone");
            dialog.dismiss();
        });
        page.locator("#remove-queue button").click();
        page.navigate("/staffing");
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(name));
        assertThat(row).hasCount(1);
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit"))
                .click();
        page.waitForURL("**/edit");

        // then says yes: the queue is gone, and the overview says so
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#remove-queue button").click();
        assertThat(page.locator(".flash .alert-success")).containsText("was removed, with its contact history");
        assertThat(row).hasCount(0);
        assertThat(scriptErrors).isEmpty();
    }
}
