package dev.kantor.reporting.hr;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR's dashboard in the browser, in Bahasa Indonesia: from the menu to the figures of a past period (headcount as
 * at its end and its trend per office), down from a headcount figure to the names behind it, and the trend
 * downloaded as CSV with its columns; a manager finds no way in and is refused at the door.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HrDashboardBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

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
    void hrDrillsDownFromAPastHeadcountToTheNamesAndDownloadsTheTrendWhileAManagerIsRefused() throws Exception {
        Page hr = open("id-ID");
        Chromium.signIn(hr, "hr");

        Chromium.openMenu(hr, "Karyawan");
        hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ringkasan karyawan"))
                .click();
        assertThat(hr.locator("h1")).hasText("Ringkasan karyawan");

        // a period that ended a month ago: the headcount is as at its end, with a trend at each month's end
        LocalDate to = LocalDate.now().minusDays(30);
        hr.locator("#from").fill(to.minusDays(120).toString());
        hr.locator("#to").fill(to.toString());
        hr.locator("#report-filter button[type=submit]").click();
        assertThat(hr.locator("#headcount-as-at")).containsText("Jumlah karyawan adalah per");
        assertThat(hr.locator("#headcount-trend h2")).hasText("Jumlah karyawan per kantor pada setiap akhir bulan");
        assertThat(hr.locator("#headcount-trend-chart")).isVisible();
        assertThat(hr.locator("#headcount-trend tr.report-row"))
                .hasCount(Headcount.monthEnds(to.minusDays(120), to).size());

        // down from a department's headcount to the names behind it, for that past day
        var figure = hr.locator("#headcount-by-department a.drill").first();
        int counted = Integer.parseInt(figure.innerText().replaceAll("\\D", ""));
        figure.click();
        assertThat(hr.locator("h1")).hasText("Orang-orang di balik sebuah angka");
        assertThat(hr.locator("li.drilled-person")).hasCount(counted);
        assertThat(hr.locator("#drilled-figure")).containsText(String.valueOf(to.getYear()));

        // back on the same period, the trend as CSV for a spreadsheet: a month's end and one column per office
        hr.locator("#back-to-dashboard").click();
        assertThat(hr.locator("#to")).hasValue(to.toString());
        Download download =
                hr.waitForDownload(() -> hr.locator("#headcount-trend-csv").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertThat(records.get(0).getParser().getHeaderNames())
                .containsExactly("Hari", "Front office", "Back office", "Hibrida");
        assertThat(records).hasSize(Headcount.monthEnds(to.minusDays(120), to).size());
        assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(4));
        assertThat(scriptErrors).isEmpty();

        // a manager has no link to it and is refused at the door
        Page manager = open("id-ID");
        Chromium.signIn(manager, "manager");
        Chromium.openMenu(manager, "Karyawan");
        assertThat(manager.locator("#nav-reports-hr")).hasCount(0);
        Response refused = manager.navigate("http://localhost:" + port + "/reports/hr?to=" + to);
        assertThat(refused.status()).isEqualTo(403);
        Response csvRefused = manager.navigate("http://localhost:" + port + "/reports/hr/headcount-trend.csv");
        assertThat(csvRefused.status()).isEqualTo(403);
    }
}
