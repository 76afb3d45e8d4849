package dev.kantor.reporting.mine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.People;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.UserAccounts;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My figures" in the browser: a part-time agent reads, in Indonesian, their hours worked this week against their
 * contract (an absence marked this week among them) and downloads them as CSV; an agent who names another person
 * is refused, on the page and in the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MyFiguresBrowserTest {

    /** The demo's phone agent on a 32-hour contract; no other test signs her in. */
    private static final String FITRI = "fitri.handayani@sinarmaju.example";

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    People people;

    @Autowired
    WorkedHours workedHours;

    @Autowired
    BusinessCalendars calendars;

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
    void aPartTimeAgentReadsTheirHoursThisWeekInIndonesianAndDownloadsThem() throws Exception {
        // given Fitri, on a 32-hour contract, scheduled on Monday of this week 08:00-17:00 with an hour's lunch and
        // marked absent from 14:00 to 16:00
        long fitri = people.employeeByEmail(FITRI).orElseThrow().getId();
        assertThat(people.employee(fitri).orElseThrow().getWeeklyContractHours())
                .isEqualByComparingTo("32");
        LocalDate today = LocalDate.now(calendars.zone());
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        accounts.create("fitri", "demo", Role.AGENT, fitri);
        try (SeededWeek week = new SeededWeek(jdbc, calendars.zone(), fitri, monday)) {
            week.shift(monday, 8, 17, monday, 12, 60).absent(week.at(monday, 14, 0), week.at(monday, 16, 0), false);
            WeekHours.Week expected = workedHours.weeks(fitri, today.minusDays(29), today).stream()
                    .filter(w -> w.monday().equals(monday))
                    .findFirst()
                    .orElseThrow();
            assertThat(expected.scheduled()).isGreaterThanOrEqualTo(8.0);
            assertThat(expected.absent()).isGreaterThanOrEqualTo(2.0);

            // when she opens "my figures" from the menu, in Indonesian
            Page page = open("id-ID");
            Chromium.signIn(page, "fitri");
            Chromium.openMenu(page, "Kasus");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Angka saya"))
                    .click();
            assertThat(page.locator("h1")).hasText("Angka saya");

            // then this week's row reads what a timesheet would say, in Indonesian numbers
            assertThat(page.locator("#my-hours h2")).hasText("Jam saya terhadap kontrak saya, per minggu");
            assertThat(page.locator("#my-hours thead th")).hasText(new String[] {
                "Minggu mulai",
                "Jam terjadwal",
                "Jam tidak hadir",
                "Jam di luar jadwal",
                "Jam kerja",
                "Jam kontrak",
                "Selisih (jam)"
            });
            List<String> cells = List.of(
                    hours(expected.scheduled()),
                    hours(expected.absent()),
                    hours(expected.extra()),
                    hours(expected.worked()),
                    hours(expected.contract()),
                    hours(expected.difference()));
            assertThat(page.locator("#my-hours tr.report-row").last().locator("td.text-end"))
                    .hasText(cells.toArray(String[]::new));
            assertThat(page.locator("#hours-note")).containsText("Jam kerja adalah");
            // the period is chosen with the filter every dashboard shares
            assertThat(page.locator("#report-filter #from"))
                    .hasValue(today.minusDays(29).toString());
            assertThat(page.locator("#report-period")).isVisible();

            // and the CSV says the same, for a spreadsheet in Indonesian
            Download download =
                    page.waitForDownload(() -> page.locator("#my-hours-csv").click());
            List<String> csv = Files.readString(download.path(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            assertThat(csv.get(0))
                    .isEqualTo("\uFEFFMinggu mulai,Jam terjadwal,Jam tidak hadir,Jam di luar jadwal,Jam kerja,"
                            + "Jam kontrak,Selisih (jam)");
            assertThat(csv.get(csv.size() - 1))
                    .endsWith(String.join(
                            ",", cells.stream().map(c -> "\"" + c + "\"").toList()));
            assertThat(scriptErrors).isEmpty();
        } finally {
            jdbc.sql("delete from user_account where username = 'fitri'").update();
        }
    }

    @Test
    void anAgentAskingForAnotherPersonsFiguresIsRefused() throws Exception {
        long fitri = people.employeeByEmail(FITRI).orElseThrow().getId();
        long agus = people.employeeByEmail("agus.pratama@sinarmaju.example")
                .orElseThrow()
                .getId();
        Page page = open("en-US");
        Chromium.signIn(page, "agent");

        Response theirs = page.navigate("/reports/mine?employee=" + fitri);
        assertThat(theirs.status()).isEqualTo(403);
        assertThat(page.locator("h1")).not().hasText("My figures");
        assertThat(page.navigate("/reports/mine/hours.csv?employee=" + fitri).status())
                .isEqualTo(403);
        assertThat(page.navigate("/reports/hr").status()).as("HR's figures").isEqualTo(403);
        assertThat(ApiCalls.call(port, "agent", "GET", "/api/reports/mine?employee=" + fitri, null)
                        .status())
                .isEqualTo(403);

        // naming oneself is fine
        Response mine = page.navigate("/reports/mine?employee=" + agus);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(page.locator("h1")).hasText("My figures");
        assertThat(scriptErrors).isEmpty();
    }

    /** Hours as the page and the CSV write them in Indonesian: one decimal, a decimal comma. */
    private static String hours(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("id"));
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
