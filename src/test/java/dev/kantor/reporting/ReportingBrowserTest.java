package dev.kantor.reporting;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.kantor.platform.security.SystemUser;
import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A front-office manager's dashboard in the browser, in both languages: from the menu to the figures
 * (charts and the tables behind them), down from a breached resolution target to the cases behind it and
 * on to one of them, and the table downloaded as CSV for a spreadsheet; the back office's internal
 * satisfaction down to the requests rated, and its CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    FigureRollups rollups;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    dev.kantor.cases.CaseHistory history;

    private final List<String> scriptErrors = new ArrayList<>();

    private Page open(String locale) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Page page = browsers.open(port, locale);
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(60_000);
        page.onPageError(scriptErrors::add);
        return page;
    }

    @Test
    void aManagerDrillsDownFromABreachedTargetToTheCasesAndDownloadsTheTable() throws Exception {
        // given a web case of ten days ago that nobody answered: both its targets are breached
        SystemUser.call(() -> history.open(new dev.kantor.cases.CaseHistory.PastContact(
                new dev.kantor.cases.NewCase(
                        "Budi Santoso",
                        "budi." + java.util.UUID.randomUUID() + "@example.com",
                        null,
                        "en",
                        dev.kantor.cases.Channel.WEB,
                        dev.kantor.cases.CaseType.COMPLAINT,
                        "returns",
                        null,
                        "Refund still missing",
                        "Where is my refund?"),
                java.time.Instant.now().minus(java.time.Duration.ofDays(10)),
                null)));
        SystemUser.call(rollups::rebuild);
        Page manager = open("en-US");
        Chromium.signIn(manager, "manager");

        Chromium.openMenu(manager, "Cases");
        manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Front office at a glance"))
                .click();
        assertThat(manager.locator("h1")).hasText("Front office at a glance");
        manager.locator("#from").fill(java.time.LocalDate.now().minusDays(365).toString());
        manager.locator("#report-filter button[type=submit]").click();
        assertThat(manager.locator("#targets-by-topic table")).isVisible();
        assertThat(manager.locator("#targets-by-topic-chart")).isVisible();

        // down from a breached resolution target to the cases behind it, and on to one of them
        manager.locator("#targets-by-topic a.drill[href*='measure=resolved_breached']")
                .first()
                .click();
        assertThat(manager.locator("h1")).hasText("The cases behind a figure");
        assertThat(manager.locator("tr.drilled-case").first()).isVisible();
        manager.locator("tr.drilled-case a").first().click();
        assertThat(manager).hasURL(Pattern.compile(".*/cases/\\d+$"));

        // the table as CSV, for a spreadsheet
        manager.goBack();
        manager.locator("#back-to-dashboard").click();
        Download download = manager.waitForDownload(
                () -> manager.locator("#targets-by-topic-csv").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFTopic,Cases,First response met,");
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void theDashboardAndItsCsvSpeakIndonesian() throws Exception {
        Page manager = open("id-ID");
        Chromium.signIn(manager, "manager");

        Chromium.openMenu(manager, "Kasus");
        manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ringkasan front office"))
                .click();
        assertThat(manager.locator("h1")).hasText("Ringkasan front office");
        assertThat(manager.locator("#satisfaction h2")).hasText("Kepuasan menurut siapa yang melayani");
        Download download = manager.waitForDownload(
                () -> manager.locator("#satisfaction-csv").click());
        assertThat(Files.readString(download.path(), StandardCharsets.UTF_8))
                .startsWith("\uFEFFDilayani oleh,Penilaian,Rata-rata bintang");

        // the back office's internal satisfaction, down to the requests rated
        java.time.LocalDate day = java.time.LocalDate.of(2020, 3, 2);
        long request = 950_001;
        transactions.executeWithoutResult(status -> events.publishEvent(new dev.kantor.service.InternalRequestRated(
                request,
                1,
                920_002,
                12,
                null,
                4,
                day.atTime(10, 0).atZone(calendars.zone()).toInstant())));
        try {
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofMinutes(5))
                    .until(() -> jdbc.sql("select count(*) from reporting_request_rating where request_id = ?")
                                    .param(request)
                                    .query(Long.class)
                                    .single()
                            == 1);
            manager.navigate("http://localhost:" + port + "/reports/back-office?from=" + day + "&to=" + day);
            assertThat(manager.locator("#internal-satisfaction h2"))
                    .hasText("Kepuasan internal per departemen dan hari");
            manager.locator("#internal-satisfaction a.drill[href*='measure=rated']")
                    .first()
                    .click();
            assertThat(manager.locator("h1")).hasText("Permintaan di balik sebuah angka");
            assertThat(manager.locator("tr.drilled-request")).hasCount(1);
            manager.locator("#back-to-dashboard").click();
            Download ratings = manager.waitForDownload(
                    () -> manager.locator("#internal-satisfaction-csv").click());
            assertThat(Files.readString(ratings.path(), StandardCharsets.UTF_8))
                    .startsWith("\uFEFFDepartemen,Hari,Penilaian,Rata-rata bintang");
        } finally {
            jdbc.sql("delete from reporting_request_rating where request_id = ?")
                    .param(request)
                    .update();
            jdbc.sql("delete from reporting_request_rating_day where department_id = 920002")
                    .update();
        }
        assertThat(scriptErrors).isEmpty();
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    dev.kantor.calendar.BusinessCalendars calendars;
}
