package dev.kantor.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;
import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office serving the front office, in a real (headless) Chromium: an agent's refund files Accounting's
 * payout by itself, the agent sees on the case what it waits on, the accountant finds it in the department's
 * queue and pays it out, the agent sees it on the case and the customer on the portal, and the agent rates the
 * service; a colleague reading Indonesian finds the catalogue in their language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InternalServiceBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
    void anAgentsRefundIsPaidOutByAccountingSeenOnTheCaseAndThePortalAndRated() throws Exception {
        // given a refund carried out on the agent's case
        Answer opened = ApiCalls.call(
                port,
                "agent",
                "POST",
                "/api/cases",
                """
                {"channel": "WALK_IN", "type": "COMPLAINT", "topic": "returns", "subject": "Kettle leaks",
                 "message": "The kettle leaks from the bottom.",
                 "customer": {"name": "Rudi Hartono", "email": "rudi.%s@example.com", "language": "en"}}"""
                        .formatted(UUID.randomUUID()));
        JsonNode c = opened.body();
        long caseId = c.get("id").asLong();
        Answer refund = ApiCalls.call(
                port,
                "agent",
                "POST",
                "/api/cases/" + caseId + "/resolutions",
                """
                {"type": "REFUND", "amount": 120000, "note": "Refund for the kettle", "version": %d}"""
                        .formatted(c.get("version").asInt()));
        assertThat(refund.status()).isEqualTo(201);
        long request = awaitRequest(caseId);

        // then the agent sees on the case what it waits on
        Page agent = open("en-US");
        Chromium.signIn(agent, "agent");
        agent.navigate("/cases/" + caseId);
        assertThat(agent.locator("#waiting-on")).containsText("waiting on Accounting: Refund payout");

        // when the accountant finds it in the department's queue and pays it out
        Page accountant = open("en-US");
        Chromium.signIn(accountant, "accountant");
        Chromium.openMenu(accountant, "Handoffs");
        accountant
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My department's queue"))
                .click();
        assertThat(accountant.locator("h1")).containsText("Accounting");
        dismissHandoffAlerts(accountant);
        accountant
                .locator("#request-rows a[href='/service/requests/" + request + "']")
                .first()
                .click();
        dismissHandoffAlerts(accountant);
        accountant.locator("#take").click();
        assertThat(accountant.locator("#assignee")).hasText("Siti Rahmawati");
        accountant.locator("#resolve-text").fill("Paid out by bank transfer");
        // handoff alerts left from other tests float over the page's bottom, where the button is: put them away
        dismissHandoffAlerts(accountant);
        accountant.locator("#resolve").click();
        assertThat(accountant.locator("#request-status")).hasText("Resolved");

        // then the case says so, to the agent and to the customer in their words
        agent.navigate("/cases/" + caseId);
        assertThat(agent.locator("body"))
                .containsText(
                        "the refund was paid out",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(30_000));
        String privateLink = agent.locator("#private-link").inputValue();
        Page customer = open("en-US");
        customer.navigate(privateLink.substring(privateLink.indexOf("/portal/")));
        assertThat(customer.locator("body")).containsText("Your refund has been paid out");

        // and the agent rates the service
        agent.navigate("/service/requests/" + request);
        agent.locator("label[for='stars-5']").click();
        agent.locator("#rating-comment").fill("Paid the same day");
        agent.locator("#rate-send").click();
        assertThat(agent.locator("#rating-shown")).hasText("Rated 5 of 5.");

        // given a refund above the agent's authority, waiting on the manager
        Answer another = ApiCalls.call(
                port,
                "agent",
                "POST",
                "/api/cases",
                """
                {"channel": "WALK_IN", "type": "COMPLAINT", "topic": "returns", "subject": "Fridge warm",
                 "message": "The fridge does not cool.",
                 "customer": {"name": "Maya Putri", "email": "maya.%s@example.com", "language": "en"}}"""
                        .formatted(UUID.randomUUID()));
        long bigCase = another.body().get("id").asLong();
        Answer proposed = ApiCalls.call(
                port,
                "agent",
                "POST",
                "/api/cases/" + bigCase + "/resolutions",
                """
                {"type": "REFUND", "amount": 3000000, "note": "Refund the fridge", "version": %d}"""
                        .formatted(another.body().get("version").asInt()));
        assertThat(proposed.status()).isEqualTo(202);
        assertThat(jdbc.sql("select count(*) from internal_request where case_id = ?")
                        .param(bigCase)
                        .query(Long.class)
                        .single())
                .as("nothing filed before the approval")
                .isZero();

        // when the manager approves it on the approvals page
        Page manager = open("en-US");
        Chromium.signIn(manager, "manager");
        manager.navigate("/approvals");
        dismissHandoffAlerts(manager);
        manager.locator(
                        ".approval",
                        new Page.LocatorOptions()
                                .setHasText(another.body().get("reference").asString()))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve"))
                .click();

        // then Accounting's payout is filed by itself and waits in Accounting's queue
        long payout = awaitRequest(bigCase);
        accountant.navigate("/service/queue?whose=UNASSIGNED");
        dismissHandoffAlerts(accountant);
        assertThat(accountant
                        .locator("#request-rows a[href='/service/requests/" + payout + "']")
                        .first())
                .hasText("Refund payout");
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void aColleagueReadingIndonesianFindsTheCatalogueAndFilesARequest() {
        Page agent = open("id-ID");
        Chromium.signIn(agent, "agent");
        agent.navigate("/service?q=stok");
        assertThat(agent.locator("h1")).hasText("Layanan internal");
        agent.locator(".service-card a.btn").first().click();
        assertThat(agent.locator("h1")).hasText("Cek stok");
        agent.locator("#request-file").click();
        assertThat(agent.locator("#values-product-error")).hasText("Wajib diisi.");
        agent.locator("#values-product").fill("Rice cooker RC-18");
        agent.locator("#values-quantity").fill("3");
        agent.locator("#request-file").click();
        assertThat(agent).hasURL(Pattern.compile(".*/service/requests/\\d+$"));
        assertThat(agent.locator("#request-status")).hasText("Terbuka");
    }

    private long awaitRequest(long caseId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<Long> found = jdbc.sql("select id from internal_request where case_id = ?")
                    .param(caseId)
                    .query(Long.class)
                    .list();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no payout filed for case " + caseId);
    }

    /** Closes the floating handoff alerts, as a person would before reaching what they cover. */
    private static void dismissHandoffAlerts(Page page) {
        Locator close = page.locator(".handoff-alert .btn-close");
        for (int i = 0; i < 10 && close.count() > 0; i++) {
            int before = close.count();
            close.first().click();
            assertThat(close).hasCount(before - 1);
        }
    }
}
