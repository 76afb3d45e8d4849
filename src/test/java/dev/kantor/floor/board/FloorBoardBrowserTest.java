package dev.kantor.floor.board;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.support.ApiCalls;
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
 * The live board in a real (headless) Chromium: a manager watches it while an agent on shift sets
 * their presence through the API, and the board shows them on a break within its polling period,
 * without the page being loaded again; in Bahasa Indonesia as well.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FloorBoardBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    PresenceBoard presence;

    @Autowired
    BoardDays days;

    @Test
    void aPresenceSetThroughTheApiShowsOnTheBoardWithoutReload() throws Exception {
        // given the demo agent on a front-desk shift under way now, at work by their own presence
        long queue = jdbc.sql("select id from work_queue where name = 'Front desk'")
                .query(Long.class)
                .single();
        long agent = jdbc.sql("select id from employee where email = 'agus.pratama@sinarmaju.example'")
                .query(Long.class)
                .single();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        LocalDate today = now.atZone(calendars.zone()).toLocalDate();
        LocalTime from = now.minusSeconds(1800).atZone(calendars.zone()).toLocalTime();
        if (now.minusSeconds(1800).atZone(calendars.zone()).toLocalDate().isBefore(today)) {
            from = LocalTime.MIDNIGHT;
        }
        PublishedDays published = new PublishedDays(jdbc, calendars.zone());
        long schedule = published.schedule(queue, today);
        Instant end = now.plusSeconds(3 * 3600);
        jdbc.sql(
                        """
                insert into schedule_published_shift (schedule_id, employee_id, work_date, ordinal, shift_type, starts, ends,
                    starts_at, ends_at)
                values (?, ?, ?, 0, 'Day', ?, ?, ?, ?)""")
                .params(
                        schedule,
                        agent,
                        today,
                        from,
                        end.atZone(calendars.zone()).toLocalTime(),
                        java.sql.Timestamp.from(
                                today.atTime(from).atZone(calendars.zone()).toInstant()),
                        java.sql.Timestamp.from(end))
                .update();
        jdbc.sql(
                        "insert into schedule_published_member (schedule_id, employee_id) select ?, ? from (values (1)) as one (x) "
                                + "where not exists (select 1 from schedule_published_member where schedule_id = ? and employee_id = ?)")
                .params(schedule, agent, schedule, agent)
                .update();
        days.forget(null);
        presence.set(agent, PresenceStatus.AVAILABLE, null, PresenceSource.MANUAL);

        // when the manager opens the board
        Page manager = browsers.open(port, "en-US");
        manager.setDefaultTimeout(30_000);
        Chromium.signIn(manager, "manager");
        manager.navigate("/floor");
        Locator card = manager.locator("#floor-board [data-employee='" + agent + "']");
        assertThat(card.first()).hasAttribute("data-state", "ON_DUTY");
        manager.evaluate("() => { window.stillTheSamePage = true; }");

        // and the agent goes on a break through the API
        ApiCalls.Answer set = ApiCalls.call(
                port,
                "agent",
                "PUT",
                "/api/presence/me",
                "{\"status\": \"ON_BREAK\", \"expectedBack\": \""
                        + Instant.now().plusSeconds(900) + "\"}");
        assertThat(set.status()).isEqualTo(200);

        // then the board shows them on a break, with when they are due back, within its polling period
        assertThat(card.first())
                .hasAttribute(
                        "data-state",
                        "ON_BREAK",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions()
                                .setTimeout(25_000));
        assertThat(card.first()).containsText("back at");
        assertThat((Boolean) manager.evaluate("() => window.stillTheSamePage === true"))
                .isTrue();

        // and the wall view, opened by its private link on a screen nobody signs in to, follows as well
        manager.locator("#wall-label").fill("Front desk screen");
        manager.locator("#walls button[type=submit]").first().click();
        String wallUrl = manager.locator(".new-wall-url").textContent().strip();
        assertThat(wallUrl).contains("/floor/wall/");
        Page wall = browsers.open(port, "en-US");
        wall.setDefaultTimeout(30_000);
        List<String> wallErrors = new ArrayList<>();
        wall.onPageError(wallErrors::add);
        wall.navigate(wallUrl);
        Locator onWall =
                wall.locator("#floor-board [data-employee='" + agent + "']").first();
        assertThat(onWall).hasAttribute("data-state", "ON_BREAK");
        assertThat(wall.locator("nav")).hasCount(0);
        ApiCalls.Answer back = ApiCalls.call(port, "agent", "PUT", "/api/presence/me", "{\"status\": \"AVAILABLE\"}");
        assertThat(back.status()).isEqualTo(200);
        assertThat(onWall)
                .hasAttribute(
                        "data-state",
                        "ON_DUTY",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions()
                                .setTimeout(25_000));
        assertThat(wallErrors).isEmpty();

        // and once the manager revokes the link, the screen's next poll is refused
        manager.locator("#walls form[action*='revoke'] button").first().click();
        assertThat(manager.locator("#walls")).not().containsText("Front desk screen");
        assertThat(wall.navigate(wallUrl).status()).isEqualTo(404);

        // and in Bahasa Indonesia the same board speaks Indonesian
        Page inIndonesian = browsers.open(port, "id-ID");
        inIndonesian.setDefaultTimeout(30_000);
        Chromium.signIn(inIndonesian, "manager");
        inIndonesian.navigate("/floor");
        assertThat(inIndonesian.locator("h1")).hasText("Lantai layanan");
        assertThat(inIndonesian
                        .locator("#floor-board [data-employee='" + agent + "']")
                        .first())
                .containsText("Bertugas");
    }
}
