package dev.kantor.platform.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
 * Pages of employees and their managers walked in a real (headless) Chromium, one browser for both journeys. An
 * accountant reading Indonesian changes a telework request while it waits (a second tab, left on the old version, is
 * told someone changed it), her manager approves it, she asks to change the approved one, and once the manager
 * approves the change the old arrangement is replaced. A back-office manager drills down from a figure of the
 * back-office dashboard to the requests behind it, and sees only their own department's. What a journey writes is
 * removed after it, so that other tests read the demo's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmployeesAndManagersWalkBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BusinessCalendars calendars;

    private final List<String> scriptErrors = new ArrayList<>();
    private final List<Long> filed = new ArrayList<>();

    private Page open(String locale) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Page page = browsers.open(port, locale);
        watch(page);
        return page;
    }

    private void watch(Page page) {
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(60_000);
        page.onPageError(scriptErrors::add);
    }

    /** The arrangement's id from the page's address, noted for removal. */
    private long arrangementOn(Page page) {
        assertThat(page).hasURL(Pattern.compile(".*/arrangements/\\d+$"));
        Matcher id = Pattern.compile("/arrangements/(\\d+)$").matcher(page.url());
        assertThat(id.find()).isTrue();
        long arrangement = Long.parseLong(id.group(1));
        if (!filed.contains(arrangement)) {
            filed.add(arrangement);
        }
        return arrangement;
    }

    @AfterEach
    void removeWhatTheJourneyWrote() {
        // the replacing one first: it points at the one it replaces
        java.util.Collections.reverse(filed);
        for (long id : filed) {
            jdbc.sql("delete from work_arrangement where id = ?").param(id).update();
            jdbc.sql("delete from notification where event_key like ?")
                    .param("arrangement:" + id + ":%")
                    .update();
        }
        filed.clear();
    }

    @Test
    void anAccountantChangesAWaitingRequestAStaleTabIsToldAndAnApprovedOneIsReplacedByItsChange() {
        LocalDate wednesday =
                LocalDate.now(calendars.zone()).plusWeeks(17).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        LocalDate thursday = wednesday.plusDays(1);
        LocalDate friday = wednesday.plusDays(2);

        // given an accountant reading Indonesian who asks for telework on a Wednesday
        Page accountant = open("id-ID");
        Chromium.signIn(accountant, "accountant");
        accountant.navigate("/arrangements");
        accountant.locator("#kind").selectOption("TELEWORK");
        accountant.locator("#dates").fill(wednesday.toString());
        accountant.locator("#note").fill("Tutup buku");
        accountant.locator("#arrangement-file").click();
        long first = arrangementOn(accountant);
        assertThat(accountant.locator("#arrangement-status")).hasText("Menunggu atasan");
        String asked = accountant.locator("#arrangement-line").innerText();

        // when she opens the change form in two tabs and changes the day in the first
        accountant.locator("#arrangement-change").click();
        assertThat(accountant.locator("#request-title")).hasText("Ubah pengajuan Anda");
        assertThat(accountant.locator("#dates")).hasValue(wednesday.toString());
        Page otherTab = accountant.context().newPage();
        watch(otherTab);
        otherTab.navigate("/arrangements/" + first + "/change");
        accountant.locator("#dates").fill(thursday.toString());
        accountant.locator("#arrangement-file").click();
        assertThat(accountant).hasURL(Pattern.compile(".*/arrangements/" + first + "$"));
        assertThat(accountant.locator(".alert-success"))
                .hasText("Pengajuan Anda telah diubah; masih menunggu manajer Anda.");
        assertThat(accountant.locator("#arrangement-line")).not().hasText(asked);
        String changed = accountant.locator("#arrangement-line").innerText();

        // then the tab left on the old version is told someone changed it, and its change is not applied
        otherTab.locator("#dates").fill(friday.toString());
        otherTab.locator("#arrangement-file").click();
        assertThat(otherTab).hasURL(Pattern.compile(".*/arrangements/" + first + "$"));
        assertThat(otherTab.locator(".alert-danger"))
                .hasText("Orang lain telah mengubah data ini. Muat ulang lalu terapkan perubahan Anda lagi.");
        assertThat(otherTab.locator("#arrangement-line")).hasText(changed);
        otherTab.close();

        // her manager, reading English, approves the changed request
        Page manager = open("en-US");
        Chromium.signIn(manager, "backoffice");
        manager.navigate("/arrangements");
        manager.locator("#report-arrangements a[href='/arrangements/" + first + "']")
                .click();
        manager.locator("#arrangement-approve").click();
        assertThat(manager.locator(".alert-success")).hasText("The arrangement is approved.");
        assertThat(manager.locator("#arrangement-status")).hasText("Approved");

        // she asks to change the approved arrangement: a new request, the approved one staying until it is decided
        accountant.reload();
        assertThat(accountant.locator("#arrangement-status")).hasText("Disetujui");
        assertThat(accountant.locator("#arrangement-change")).hasCount(0);
        accountant.locator("#arrangement-ask-again").click();
        assertThat(accountant.locator("#request-title")).hasText("Ajukan perubahan pengaturan kerja Anda");
        accountant.locator("#dates").fill(friday.toString());
        accountant.locator("#arrangement-file").click();
        long change = arrangementOn(accountant);
        assertThat(change).isNotEqualTo(first);
        assertThat(accountant.locator(".alert-success"))
                .hasText(
                        "Perubahan Anda telah diajukan; pengaturan yang disetujui tetap berlaku sampai manajer Anda menyetujuinya.");
        assertThat(accountant.locator("#arrangement-replaces a")).hasAttribute("href", "/arrangements/" + first);
        accountant.navigate("/arrangements/" + first);
        assertThat(accountant.locator("#arrangement-status")).hasText("Disetujui");
        // one change at a time: the approved one no longer offers to ask again, it leads to the change that waits
        assertThat(accountant.locator("#arrangement-ask-again")).hasCount(0);
        assertThat(accountant.locator("#arrangement-change-waiting a"))
                .hasText("Perubahan pengaturan ini menunggu keputusan manajer: lihat perubahannya");
        accountant.locator("#arrangement-change-waiting a").click();
        assertThat(accountant).hasURL(Pattern.compile(".*/arrangements/" + change + "$"));
        // and an old link to the form leads there too, saying a change waits already (not a bare 403 page)
        accountant.navigate("/arrangements/" + first + "/ask-again");
        assertThat(accountant.locator(".alert-danger"))
                .hasText("Perubahan untuk pengaturan ini sudah menunggu manajer Anda.");
        assertThat(accountant).hasURL(Pattern.compile(".*/arrangements/" + change + "$"));

        // when the manager approves the change, it replaces the approved one
        manager.navigate("/arrangements");
        manager.locator("#report-arrangements a[href='/arrangements/" + change + "']")
                .click();
        assertThat(manager.locator("#arrangement-replaces")).hasText("Replaces an approved arrangement once approved");
        manager.locator("#arrangement-approve").click();
        assertThat(manager.locator("#arrangement-status")).hasText("Approved");
        manager.navigate("/arrangements/" + first);
        assertThat(manager.locator("#arrangement-status")).hasText("Replaced");

        // and she reads the same, in her language, with the replaced one no longer offering anything to do
        accountant.navigate("/arrangements/" + first);
        assertThat(accountant.locator("#arrangement-status")).hasText("Diganti");
        assertThat(accountant.locator("#arrangement-change, #arrangement-ask-again, #arrangement-withdraw"))
                .hasCount(0);
        accountant.navigate("/arrangements");
        assertThat(accountant.locator(
                        "#my-arrangements li:has(a[href='/arrangements/" + change + "']) .arrangement-status"))
                .hasText("Disetujui");
        assertThat(accountant.locator(
                        "#my-arrangements li:has(a[href='/arrangements/" + first + "']) .arrangement-status"))
                .hasText("Diganti");
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void aBackOfficeManagerDrillsDownFromAFigureToTheRequestsOfTheirOwnDepartmentOnly() throws Exception {
        String own = jdbc.sql(
                        """
                select d.name_id from user_account u join employee e on e.id = u.employee_id
                join job_position p on p.id = e.position_id join department d on d.id = p.department_id
                where u.username = 'backoffice'""")
                .query(String.class)
                .single();
        long warehouse = jdbc.sql("select id from department where code = 'WAREHOUSE'")
                .query(Long.class)
                .single();
        // given an agent's request to Accounting (the manager's department) and one to the warehouse, both open
        long accounting = filed("payment-check", "{\"reference\": \"TRF walk\", \"amount\": \"Rp 75.000\"}");
        long other = filed("stock-check", "{\"product\": \"Rice cooker RC-18\", \"quantity\": \"2\"}");

        // when the back-office manager, reading Indonesian, opens the back-office dashboard
        Page manager = open("id-ID");
        Chromium.signIn(manager, "backoffice");
        manager.navigate("/reports/back-office");
        assertThat(manager.locator("h1")).hasText("Ringkasan back office");
        // the figures follow the requests' events: the open one shows once its event was counted
        Locator figure = manager.locator("a.drill").first();
        for (int look = 0; look < 20 && figure.count() == 0; look++) {
            Thread.sleep(1_000);
            manager.reload();
        }

        // and follows a figure to the requests behind it
        figure.click();
        assertThat(manager).hasURL(Pattern.compile(".*/reports/back-office/requests\\?.*"));
        assertThat(manager.locator("h1")).hasText("Permintaan di balik sebuah angka");

        // then the requests listed are their own department's: Accounting's is there, the warehouse's is not
        Locator requests = manager.locator("#drilled-requests .drilled-request");
        assertThat(requests.filter(new Locator.FilterOptions().setHasText("#" + accounting)))
                .hasCount(1);
        assertThat(requests.filter(new Locator.FilterOptions().setHasText("#" + other)))
                .hasCount(0);
        assertThat(manager.locator("#drilled-requests .drilled-request td:nth-child(2)")
                        .allInnerTexts())
                .isNotEmpty()
                .allMatch(own::equals);

        // and asking for the warehouse's in the address still shows only theirs
        manager.navigate(manager.url().replaceAll("&department=\\d+", "") + "&department=" + warehouse);
        assertThat(requests.filter(new Locator.FilterOptions().setHasText("#" + accounting)))
                .hasCount(1);
        assertThat(manager.locator("#drilled-requests .drilled-request td:nth-child(2)")
                        .allInnerTexts())
                .allMatch(own::equals);
        assertThat(scriptErrors).isEmpty();
    }

    /** An internal request the demo agent files for a service of the catalogue; its id. */
    private long filed(String service, String values) throws Exception {
        long id = jdbc.sql("select id from service_offering where code = ?")
                .param(service)
                .query(Long.class)
                .single();
        ApiCalls.Answer filed = ApiCalls.call(
                port,
                "agent",
                "POST",
                "/api/service/requests",
                "{\"serviceId\": " + id + ", \"values\": " + values + "}");
        assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
        return filed.body().get("request").get("id").asLong();
    }
}
