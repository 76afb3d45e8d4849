package dev.kantor.cases;

import java.util.UUID;
import java.util.regex.Pattern;

import dev.kantor.people.People;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.platform.security.UserAccounts;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;
import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every loop closes, in real (headless) Chromium with two people at work in two browsers: an
 * approval for a team lead who is off duty reaches her manager, whose bell rings without a reload,
 * who decides it, and the case's timeline says who decided and why it moved; an agent asks for help,
 * his team lead is told, sees why on the complaints board and marks "help given", and the agent is
 * told who is coming; and the complaints board counts what the approvals page lists. In English and
 * Bahasa Indonesia.
 *
 * <p>The line: Agus Pratama (agent) reports to Yuliana Siregar (team lead), who reports to Dewi
 * Lestari (manager).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoopsClosedBrowserTest {

    static final String LEAD_EMAIL = "yuliana.siregar@sinarmaju.example";
    static final LocatorAssertions.HasTextOptions SOON = new LocatorAssertions.HasTextOptions().setTimeout(20_000);

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    PresenceBoard presence;

    @Autowired
    People people;

    @Autowired
    UserAccounts accounts;

    long lead() {
        return people.employeeByEmail(LEAD_EMAIL).orElseThrow().getId();
    }

    @AfterEach
    void theLeadIsBack() {
        SystemUser.run(() -> presence.set(lead(), PresenceStatus.AVAILABLE, null, PresenceSource.MANUAL));
    }

    /** A walk-in complaint the agent logs, and so owns, through the API. */
    JsonNode opened(String subject) throws Exception {
        Answer created = ApiCalls.call(
                port,
                "agent",
                "POST",
                "/api/cases",
                """
                {"channel": "WALK_IN", "type": "COMPLAINT", "topic": "returns", "subject": "%s",
                 "message": "It stopped working after a week.",
                 "customer": {"name": "Wulan Sari", "email": "wulan.%s@example.com", "language": "en"}}"""
                        .formatted(subject, UUID.randomUUID()));
        assertThat(created.status()).isEqualTo(201);
        return created.body();
    }

    long unread(String user) throws Exception {
        return ApiCalls.call(port, user, "GET", "/api/notifications?unread=true&size=1", null)
                .body()
                .get("total")
                .asLong();
    }

    static Locator badge(Page page) {
        return page.locator("#notification-count .notification-badge");
    }

    /** The timeline entries on the page saying {@code text}, done by {@code who}. */
    static Locator entries(Page page, String text, String who) {
        return page.locator("#timeline li", new Page.LocatorOptions().setHasText(text))
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator("strong", new Page.LocatorOptions().setHasText(who))));
    }

    /** A person's browser; on this busy machine a page may take longer than the usual ten seconds. */
    static Page open(int port, String locale) {
        Page page = browsers.open(port, locale);
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(30_000);
        return page;
    }

    @ParameterizedTest(name = "agent in {0}, manager in {1}")
    @CsvSource({
        "en-US, id-ID, menyetujui pengembalian dana, sedang tidak bertugas, approved a refund",
        "id-ID, en-US, approved a refund, is off duty, menyetujui pengembalian dana"
    })
    void anApprovalForATeamLeadWhoIsOffDutyIsDecidedByHerManagerWhoseBellRings(
            String agentLocale, String managerLocale, String approved, String offDuty, String agentSeesApproved)
            throws Exception {
        // given the team lead off duty, and her manager at work on her queue
        SystemUser.run(() -> presence.set(lead(), PresenceStatus.OFF_DUTY, null, PresenceSource.MANUAL));
        Page dewi = open(port, managerLocale);
        Chromium.signIn(dewi, "manager");
        dewi.navigate("/cases");
        long before = unread("manager");
        JsonNode c = opened("Rice cooker broken");
        String reference = c.get("reference").asString();

        // when the agent proposes a refund within the team lead's limit, in his browser
        Page agus = open(port, agentLocale);
        Chromium.signIn(agus, "agent");
        agus.navigate("/cases/" + c.get("id").asLong());
        agus.locator("#resolution-type").selectOption("REFUND");
        agus.locator("#amount").fill("1000000");
        agus.locator("#resolution-note").fill("Refund the rice cooker");
        agus.locator("#propose").click();
        assertThat(agus.locator("#timeline")).containsText("Dewi Lestari");

        // then the manager's bell rings on the page she is on, without a reload
        assertThat(badge(dewi)).hasText(String.valueOf(before + 1), SOON);
        assertThat(dewi).hasURL(Pattern.compile("/cases$"));

        // and the notification takes her to the request, which waits on her now
        dewi.locator("#notifications-bell").click();
        Locator told = dewi.locator(".notification", new Page.LocatorOptions().setHasText(reference));
        assertThat(told).hasCount(1);
        assertThat(told).containsText("Yuliana Siregar");
        assertThat(told).hasClass(Pattern.compile("\\bunread\\b"));
        told.click();
        assertThat(dewi).hasURL(Pattern.compile("/approvals$"));
        Locator request = dewi.locator("#approvals-mine .approval", new Page.LocatorOptions().setHasText(reference));
        assertThat(request).hasCount(1);
        assertThat(request.locator(".waiting-on")).containsText("Dewi Lestari");
        request.locator("button.btn-success").click();
        assertThat(dewi.locator(".approval", new Page.LocatorOptions().setHasText(reference)))
                .hasCount(0);

        // and the case's timeline says who decided it and why it moved to her
        dewi.navigate("/cases/" + c.get("id").asLong());
        Locator moved = dewi.locator("#timeline li", new Page.LocatorOptions().setHasText(offDuty));
        assertThat(moved).hasCount(1);
        assertThat(moved).containsText("Yuliana Siregar");
        assertThat(moved).containsText("Dewi Lestari");
        assertThat(entries(dewi, approved, "Dewi Lestari")).hasCount(1);

        // and what the bell told of is read
        dewi.navigate("/notifications");
        assertThat(dewi.locator(".notification", new Page.LocatorOptions().setHasText(reference)))
                .not()
                .hasClass(Pattern.compile("\\bunread\\b"));

        // and the agent sees his case's refund approved
        agus.reload();
        assertThat(entries(agus, agentSeesApproved, "Dewi Lestari")).hasCount(1);
    }

    @ParameterizedTest(name = "agent in {0}, team lead in {1}")
    @CsvSource({
        "id-ID, en-US, Pelanggan minta unit baru, Yuliana Siregar turun tangan., Yuliana Siregar datang membantu",
        "en-US, id-ID, The customer wants a new unit, Yuliana Siregar is stepping in., Yuliana Siregar is coming"
    })
    void anAgentAsksForHelpAndHisTeamLeadStepsInAndHeIsToldWhoIsComing(
            String agentLocale, String leadLocale, String reason, String coming, String told) throws Exception {
        // given the team lead signed in, with an account of her own
        if (accounts.find("lead").isEmpty()) {
            accounts.create("lead", "demo", Role.MANAGER, lead());
        }
        Page yuliana = open(port, leadLocale);
        Chromium.signIn(yuliana, "lead");
        yuliana.navigate("/complaints");
        long leadBefore = unread("lead");
        long agentBefore = unread("agent");
        JsonNode c = opened("Fan rattles");
        long caseId = c.get("id").asLong();

        // when the agent asks her to step in, saying why
        Page agus = open(port, agentLocale);
        Chromium.signIn(agus, "agent");
        agus.navigate("/cases/" + caseId);
        agus.locator("#why").fill(reason);
        agus.locator("#ask-help").click();
        assertThat(agus.locator("#help-open")).containsText(reason);

        // then her bell rings without a reload, and the board shows the case with his reason
        assertThat(badge(yuliana)).hasText(String.valueOf(leadBefore + 1), SOON);
        yuliana.reload();
        Locator asked = yuliana.locator(".help-request[data-case='" + caseId + "']");
        assertThat(asked.locator(".help-reason")).containsText(reason);
        assertThat(asked).containsText("Agus Pratama");

        // and she says help was given
        asked.locator(".help-given").click();
        assertThat(yuliana).hasURL(Pattern.compile("/complaints$"));
        assertThat(yuliana.locator(".help-request[data-case='" + caseId + "']")).hasCount(0);

        // and the agent is told who is coming: his bell rings, and the case page says so
        assertThat(badge(agus)).hasText(String.valueOf(agentBefore + 1), SOON);
        agus.reload();
        assertThat(agus.locator("#help-coming")).hasText(coming);
        agus.locator("#notifications-bell").click();
        assertThat(agus.locator(
                        ".notification",
                        new Page.LocatorOptions().setHasText(c.get("reference").asString())))
                .containsText(told);
    }

    @Test
    void theComplaintsBoardCountsWhatTheApprovalsPageListsInBothLanguages() throws Exception {
        // given a refund waiting on the manager
        JsonNode c = opened("Microwave sparks");
        Answer proposed = ApiCalls.call(
                port,
                "agent",
                "POST",
                "/api/cases/" + c.get("id").asLong() + "/resolutions",
                """
                {"type": "REFUND", "amount": 3000000, "note": "Refund the microwave", "version": %d}"""
                        .formatted(c.get("version").asInt()));
        assertThat(proposed.status()).isEqualTo(202);

        for (String user : new String[] {"manager", "admin"}) {
            for (String locale : new String[] {"en-US", "id-ID"}) {
                Page page = open(port, locale);
                Chromium.signIn(page, user);
                page.navigate("/complaints");
                String counted = page.locator("#pending-approvals").innerText().strip();
                assertThat(Integer.parseInt(counted)).as(user + " in " + locale).isPositive();

                page.locator("#pending-approvals-link").click();

                assertThat(page).hasURL(Pattern.compile("/approvals$"));
                assertThat(page.locator(".approval")).hasCount(Integer.parseInt(counted));
                assertThat(page.locator("#approvals-total")).hasAttribute("data-total", counted);
                assertThat(page.locator(
                                ".approval",
                                new Page.LocatorOptions()
                                        .setHasText(c.get("reference").asString())))
                        .hasCount(1);
            }
        }
    }
}
