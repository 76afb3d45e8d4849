package dev.kantor.floor.breaks;

import java.util.regex.Pattern;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.People;
import dev.kantor.staffing.StaffingRequirements;
import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser, in English and in Bahasa Indonesia: Agus asks for his break while Putu, the only
 * other agent on the phones, is on hers; Kantor says the phones would be short now and offers a later
 * start, which Agus takes. (The same context as {@link BreaksApiH2Test}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(BreaksApiContract.FillIns.class)
class BreakBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @MockitoSpyBean
    StaffingRequirements requirements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    People people;

    @Autowired
    Breaks breaks;

    long agus;
    long putu;

    @BeforeEach
    void putuIsOnHerBreak() {
        FloorDay.otherQueuesClosed(requirements);
        agus = people.employeeByEmail("agus.pratama@sinarmaju.example")
                .orElseThrow()
                .getId();
        putu = people.employeeByEmail("putu.wulandari@sinarmaju.example")
                .orElseThrow()
                .getId();
        jdbc.sql("delete from floor_break where employee_id in (?, ?)")
                .params(agus, putu)
                .update();
        jdbc.sql("delete from schedule_published_shift where shift_type = ?")
                .param(FloorDay.SHIFT_TYPE)
                .update();
        FloorDay.publish(jdbc, requirements, calendars.zone(), 1, agus, putu);
        breaks.ask(putu, null);
    }

    @Test
    void anAgentAsksForABreakThatWouldLeaveThePhonesShortAndTakesTheLaterTimeOffered() {
        asksAndIsOfferedALaterTime(
                "en-GB",
                "Break ",
                "My break",
                "Not now: the queue would be 1 short at",
                "Take it at ",
                "Agreed: your break starts at ");
    }

    @Test
    void inBahasaIndonesiaToo() {
        asksAndIsOfferedALaterTime(
                "id-ID",
                "Istirahat ",
                "Istirahat saya",
                "Belum sekarang: antrean akan kurang 1 orang pada pukul",
                "Istirahat pukul ",
                "Disepakati: istirahat Anda mulai pukul ");
    }

    private void asksAndIsOfferedALaterTime(
            String locale, String button, String title, String notNow, String takeAt, String agreed) {
        Page page = browsers.open(port, locale);
        Chromium.signIn(page, "agent");

        // the break is due: its button waits in the menu bar on any page
        page.navigate("/");
        assertThat(page.locator("#break-button")).hasText(Pattern.compile("^" + button + "\\d\\d:\\d\\d$"));
        page.locator("#break-button").click();
        assertThat(page.locator("main h1")).hasText(title);

        page.locator("#ask-break").click();
        assertThat(page.locator("#break-answer .alert")).hasAttribute("data-verdict", "LATER");
        assertThat(page.locator("#break-answer .alert")).containsText(notNow);
        String offered = page.locator("#take-later").textContent().substring(takeAt.length());

        page.locator("#take-later").click();
        assertThat(page.locator("#break-agreed")).hasText(agreed + offered + ".");
        assertThat(page.locator("#agreed-at")).hasText(agreed + offered + ".");
    }
}
