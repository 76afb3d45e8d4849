package dev.kantor.scheduling.schedules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.kantor.platform.security.SystemUser;
import dev.kantor.scheduling.RosterAssignment;
import dev.kantor.scheduling.Rosters;
import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduling as a manager and an agent use it, in a real (headless) Chromium: the manager generates a
 * week of the phone line, watches it being solved, moves the agent's lunch, publishes the week, and the
 * agent finds the moved lunch on "My schedule".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchedulingBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rosters rosters;

    private final List<String> scriptErrors = new ArrayList<>();

    /** A person's page, patient with a busy machine: solving and page loads compete for the cores. */
    private Page open() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Page page = browsers.open(port, "en-US");
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(60_000);
        page.onPageError(scriptErrors::add);
        return page;
    }

    private long id(String sql, String value) {
        return jdbc.sql(sql).param(value).query(Long.class).single();
    }

    @Test
    void aManagerGeneratesAWeekMovesALunchAndPublishesAndTheAgentSeesIt() {
        // given the phone line's roster: the demo agent and a colleague, both full-time
        long queue = id("select id from work_queue where name = ?", "Phone line");
        long fullTime = id("select id from work_contract where name = ?", "Full-time 40 h");
        for (String email : List.of("agus.pratama@sinarmaju.example", "sri.wahyuni@sinarmaju.example")) {
            long employee = id("select id from employee where email = ?", email);
            SystemUser.call(() -> rosters.assign(new RosterAssignment(queue, employee, fullTime, List.of())));
        }
        // a week no other test schedules
        LocalDate monday =
                LocalDate.now(ZoneId.of("Asia/Jakarta")).with(DayOfWeek.MONDAY).plusWeeks(3);

        // when the manager generates it from a typed requirement: one agent on duty all day, Monday to Friday
        Page manager = open();
        Chromium.signIn(manager, "manager");
        manager.navigate("/scheduling/schedules");
        manager.locator("#queueId").selectOption(String.valueOf(queue));
        manager.locator("#monday").fill(monday.toString());
        manager.locator("#source").selectOption("TYPED");
        StringBuilder csv = new StringBuilder("date,from,to,agents\n");
        for (int d = 0; d < 5; d++) {
            csv.append(monday.plusDays(d)).append(",08:00,17:00,1\n");
        }
        manager.locator("#requirement").fill(csv.toString());
        manager.locator("#timeLimitSeconds").fill("20");
        manager.locator("#generate").click();

        // then the page follows the solver and shows the week once it is done: a bar per shift, a chart per day
        assertThat(manager).hasURL(Pattern.compile(".*/scheduling/schedules/\\d+.*"));
        assertThat(manager.locator("#shifts"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(120_000));
        assertThat(manager.locator("#short-count")).hasText("0");
        assertThat(manager.locator("#day-view svg.day-row rect.lunch")).hasCount(2);
        manager.waitForFunction("() => window.Chart && window.Chart.getChart('coverage-chart') !== undefined");

        // when the manager moves the agent's Monday lunch by a quarter of an hour, within the rules
        Locator row =
                manager.locator("#shifts tbody tr").filter(new Locator.FilterOptions().setHasText("Agus Pratama"));
        assertThat(row).hasCount(1);
        Locator breaks = row.locator("form.move-break input[name=start]");
        LocalTime morning = LocalTime.parse(breaks.nth(0).inputValue());
        LocalTime lunch = LocalTime.parse(breaks.nth(1).inputValue());
        LocalTime afternoon = LocalTime.parse(breaks.nth(2).inputValue());
        LocalTime moved = movedLunch(morning, lunch, afternoon);
        breaks.nth(1).fill(moved.toString());
        row.locator("form.move-break").nth(1).locator("button").click();

        // then it is taken, with what it did to the coverage, and the lunch is where it was put
        assertThat(manager.locator("#effect")).isVisible();
        Locator movedRow =
                manager.locator("#shifts tbody tr").filter(new Locator.FilterOptions().setHasText("Agus Pratama"));
        assertThat(movedRow.locator("form.move-break input[name=start]").nth(1)).hasValue(moved.toString());

        // when the manager publishes the week
        manager.locator("#publish").click();
        assertThat(manager.locator("#status")).hasText("Published");

        // then the agent sees the moved lunch on "My schedule"
        Page agent = open();
        Chromium.signIn(agent, "agent");
        agent.navigate("/schedule?week=" + monday);
        Locator first = agent.locator(".week").first().locator(".my-shift").first();
        assertThat(first).containsText(moved + "–" + moved.plusHours(1));
        assertThat(agent.locator(".week").first().locator(".my-shift")).not().hasCount(0);
        assertThat(scriptErrors).isEmpty();
    }

    /**
     * A lunch a quarter of an hour earlier or later that keeps the full day's rules: inside 11:30–12:30,
     * an hour's work after the morning break and before the afternoon one, no stretch over three hours.
     */
    static LocalTime movedLunch(LocalTime morning, LocalTime lunch, LocalTime afternoon) {
        for (LocalTime candidate : List.of(lunch.plusMinutes(15), lunch.minusMinutes(15))) {
            LocalTime end = candidate.plusHours(1);
            boolean inWindow = !candidate.isBefore(LocalTime.of(11, 30)) && !candidate.isAfter(LocalTime.of(12, 30));
            boolean workBefore =
                    !candidate.isBefore(morning.plusMinutes(75)) && !candidate.isAfter(morning.plusMinutes(15 + 180));
            boolean workAfter =
                    !end.plusHours(1).isAfter(afternoon) && !end.plusHours(3).isBefore(afternoon);
            if (inWindow && workBefore && workAfter) {
                return candidate;
            }
        }
        throw new AssertionError("no lunch time to move to from " + lunch);
    }
}
