package dev.kantor.arrangements;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flextime and telework in a real (headless) Chromium: the accountant asks for two telework days and Accounting's
 * manager, reading Indonesian, approves them after seeing that coverage is not affected; the directory and the
 * accountant's page then say they work from home today, in both languages; a front-desk agent is told the policy
 * does not allow telework.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArrangementsBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    dev.kantor.calendar.BusinessCalendars calendars;

    private final List<String> scriptErrors = new ArrayList<>();
    private final List<Long> filed = new ArrayList<>();

    private Page open(String locale) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Page page = browsers.open(port, locale);
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(60_000);
        page.onPageError(scriptErrors::add);
        return page;
    }

    @AfterEach
    void forgetWhatWasFiled() {
        for (long id : filed) {
            jdbc.sql("delete from work_arrangement where id = ?").param(id).update();
            jdbc.sql("delete from notification where event_key like ?")
                    .param("arrangement:" + id + ":%")
                    .update();
        }
    }

    @Test
    void theAccountantAsksForTwoTeleworkDaysAndTheirManagerApprovesWhileTheFrontDeskIsToldNo() {
        // today (no demo arrangement runs this week) and a day far ahead
        LocalDate today = LocalDate.now(calendars.zone());
        LocalDate tuesday = today.plusWeeks(13).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));

        // the accountant finds the page in the menu, sees what the policy allows and asks for two days
        Page accountant = open("en-US");
        Chromium.signIn(accountant, "accountant");
        Chromium.openMenu(accountant, "Staffing");
        accountant
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Flextime and telework"))
                .click();
        assertThat(accountant.locator("h1")).hasText("Flextime and telework");
        assertThat(accountant.locator("#allowance-telework"))
                .hasText("Telework: at most 2 days a week (Telework in the back offices).");
        accountant.locator("#kind").selectOption("TELEWORK");
        accountant.locator("#dates").fill(today + ", " + tuesday);
        accountant.locator("#note").fill("Year-end reconciliations at home");
        accountant.locator("#arrangement-file").click();
        assertThat(accountant).hasURL(Pattern.compile(".*/arrangements/\\d+$"));
        Matcher id = Pattern.compile("/arrangements/(\\d+)$").matcher(accountant.url());
        assertThat(id.find()).isTrue();
        long arrangement = Long.parseLong(id.group(1));
        filed.add(arrangement);
        assertThat(accountant.locator("#arrangement-status")).hasText("Waiting for the manager");

        // Accounting's manager, reading Indonesian, finds it among the team's, sees coverage is not affected, approves
        Page manager = open("id-ID");
        Chromium.signIn(manager, "backoffice");
        manager.navigate("/arrangements");
        manager.locator("#report-arrangements a[href='/arrangements/" + arrangement + "']")
                .click();
        assertThat(manager.locator("#arrangement-line")).containsText("Kerja jarak jauh pada");
        assertThat(manager.locator("#coverage-verdict"))
                .hasText("Tidak ada shift front office yang diterbitkan pada waktu ini: cakupan tidak terpengaruh.");
        manager.locator("#reason").fill("Silakan");
        manager.locator("#arrangement-approve").click();
        assertThat(manager.locator("#arrangement-status")).hasText("Disetujui");

        // the accountant sees it approved
        accountant.reload();
        assertThat(accountant.locator("#arrangement-status")).hasText("Approved");
        assertThat(accountant.locator("#decision-reason")).hasText("Silakan");

        // and the directory and the accountant's page say so, in both languages
        manager.navigate("/people?q=Siti");
        assertThat(manager.locator("#results tr", new Page.LocatorOptions().setHasText("Siti Rahmawati"))
                        .locator(".remote-today"))
                .hasText("bekerja dari rumah hari ini");
        accountant.navigate("/people?q=Siti");
        accountant
                .locator("#results a", new Page.LocatorOptions().setHasText("Siti Rahmawati"))
                .first()
                .click();
        assertThat(accountant.locator("#remote-today")).hasText("working from home today");
        assertThat(accountant.locator("#employee-arrangements")).containsText("Telework on");

        // a front-desk agent is told the policy does not allow it
        Page agent = open("en-US");
        Chromium.signIn(agent, "agent");
        agent.navigate("/arrangements");
        assertThat(agent.locator("#allowance-telework"))
                .hasText("The policy \"On site at the counter\" does not allow you telework.");
        agent.locator("#kind").selectOption("TELEWORK");
        agent.locator("#dates").fill(tuesday.toString());
        agent.locator("#arrangement-file").click();
        assertThat(agent.locator("#kind-error"))
                .hasText("The policy \"On site at the counter\" does not allow you telework.");
        assertThat(scriptErrors).isEmpty();
    }
}
