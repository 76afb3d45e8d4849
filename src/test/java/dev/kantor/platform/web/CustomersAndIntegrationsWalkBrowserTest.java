package dev.kantor.platform.web;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.sun.net.httpserver.HttpServer;
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
 * Pages of customers and of the admin's connections to the outside, walked in a real (headless) Chromium, one browser
 * for both journeys. A customer reading Indonesian is told nobody can chat now, leaves the question as a message, and
 * it becomes a case the staff open, whose page links to the chat, which links back to the case. An admin reading
 * Indonesian reads why a mailbox on a closed port cannot be read, in Indonesian; then subscribes a webhook to a
 * receiver on this machine (the tests' configuration allows private addresses), whose first answer fails: the delivery
 * log shows the failed attempt and the retry that delivered it, and, read in English, sends it again on request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomersAndIntegrationsWalkBrowserTest {

    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final List<String> scriptErrors = new ArrayList<>();
    private final List<String> dialogs = new ArrayList<>();
    /** Who was available before the chat journey made everyone away, given back after it. */
    private final List<Long> wereAvailable = new ArrayList<>();

    private HttpServer receiver;

    private Page open(String locale) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Page page = browsers.open(port, locale);
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(60_000);
        page.onPageError(scriptErrors::add);
        // the delete buttons ask first; any other dialog (a script's alert) is noted, and fails the test
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.accept();
        });
        return page;
    }

    @AfterEach
    void giveBackWhatTheJourneyChanged() {
        for (long employee : wereAvailable) {
            jdbc.sql("update presence set status = 'AVAILABLE' where employee_id = ?")
                    .param(employee)
                    .update();
        }
        wereAvailable.clear();
        jdbc.sql("update mailin_mailbox set active = false where name like ?")
                .param("%" + run + "%")
                .update();
        jdbc.sql("delete from webhook_subscription where description like ?")
                .param("%" + run + "%")
                .update();
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aCustomerToldNobodyIsAvailableLeavesTheQuestionAsAMessageAndItBecomesACaseLinkedToItsChat() {
        // given nobody on the chat available (and outside opening hours nobody comes anyway)
        wereAvailable.addAll(jdbc.sql("select employee_id from presence where status = 'AVAILABLE'")
                .query(Long.class)
                .list());
        jdbc.sql("update presence set status = 'AWAY' where status = 'AVAILABLE'")
                .update();
        String name = "Ibu Ratna " + run;

        // when a customer reading Indonesian opens the chat, she is told before she starts
        Page customer = open("id-ID");
        customer.navigate("/portal/chat");
        assertThat(customer.locator("#chat-unattended"))
                .containsText(Pattern.compile("Saat ini tidak ada rekan kami|Kami sedang tutup"));
        customer.locator("#customerName").fill(name);
        customer.locator("#topic").selectOption(new SelectOption().setValue("warranty"));
        customer.locator("#message").fill("Blender saya mati setelah seminggu, apakah masih garansi?");
        customer.locator("#chat-start-button").click();
        assertThat(customer).hasURL(Pattern.compile("/portal/chat$"));

        // then, waiting, she is told why nobody comes and leaves her question as a message
        assertThat(customer.locator("#chat-unattended-why"))
                .containsText(Pattern.compile("Saat ini tidak ada rekan kami|Kami sedang tutup"), SOON);
        customer.locator("#chat-leave-email").fill("ratna." + run + "@customer.example");
        customer.locator("#chat-leave-send").click();
        assertThat(customer.locator("#chat-status")).containsText("Terima kasih: pertanyaan Anda kami terima", SOON);
        Matcher reference = Pattern.compile("sebagai kasus (\\S+),")
                .matcher(customer.locator("#chat-status").innerText());
        assertThat(reference.find()).isTrue();
        long caseId = jdbc.sql("select id from customer_case where reference = ?")
                .param(reference.group(1))
                .query(Long.class)
                .single();

        // the staff find it as a case, whose page links to the chat it came from
        Page manager = open("en-US");
        Chromium.signIn(manager, "manager");
        manager.navigate("/cases?q=" + reference.group(1));
        manager.locator(".cq-reference a", new Page.LocatorOptions().setHasText(reference.group(1)))
                .click();
        assertThat(manager).hasURL(Pattern.compile(".*/cases/" + caseId + "$"));
        assertThat(manager.locator("main")).containsText("Blender saya mati setelah seminggu");
        assertThat(manager.locator("#case-chat-link")).isVisible();
        manager.locator("#case-chat-link").click();
        assertThat(manager).hasURL(Pattern.compile(".*/chat/chats/\\d+$"));
        assertThat(manager.locator("#chat-log")).containsText("Blender saya mati setelah seminggu");
        assertThat(manager.locator("h1")).containsText(name);

        // and the chat links back to its case
        manager.locator("#chat-case").click();
        assertThat(manager).hasURL(Pattern.compile(".*/cases/" + caseId + "$"));
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void anAdminReadsAMailboxErrorInIndonesianAndAWebhookDeliveryIsRetriedUntilDelivered() throws Exception {
        // a mailbox whose IMAP server cannot be reached, read now by an admin reading Indonesian
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        Page admin = open("id-ID");
        Chromium.signIn(admin, "admin");
        admin.navigate("/mailin/new");
        admin.locator("#name").fill("IMAP " + run);
        admin.locator("#mode").selectOption("IMAP");
        admin.locator("#host").fill("localhost");
        admin.locator("#port").fill(Integer.toString(closed));
        admin.locator("#username").fill("layanan");
        admin.locator("#password").fill("imap-Secret-42");
        admin.locator("#topic").selectOption("returns");
        admin.locator("main form button.btn-primary").click();
        assertThat(admin).hasURL(Pattern.compile(".*/mailin/\\d+$"));
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Baca sekarang"))
                .click();
        assertThat(admin.locator("#read-round")).containsText("Tidak dapat dibaca: Server menolak sambungan");
        assertThat(admin.locator(".mailbox-error")).containsText("Tidak dapat dibaca: Server menolak sambungan");
        assertThat(admin.locator("main")).not().containsText("imap-Secret-42");
        admin.locator("#delete-mailbox button").click();
        assertThat(admin).hasURL(Pattern.compile(".*/mailin$"));

        // a receiver on this machine whose first answer fails
        AtomicInteger received = new AtomicInteger();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(received.incrementAndGet() == 1 ? 500 : 204, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/kantor/" + run;

        // the admin subscribes it to opened cases
        admin.navigate("/webhooks");
        admin.locator("#webhook-url").fill(url);
        admin.locator("#webhook-description").fill("Receiver " + run);
        admin.locator("#type-case\\.opened").check();
        admin.locator("#new-webhook button[type=submit]").click();
        assertThat(admin.locator("#made-webhook")).containsText("akan ditandatangani dengan rahasia ini");
        admin.locator("#webhooks a", new Page.LocatorOptions().setHasText(url)).click();
        assertThat(admin.locator("h1")).containsText("Log pengiriman");
        assertThat(admin.locator("main")).containsText("Belum ada pengiriman.");

        // a case is opened
        ApiCalls.Answer opened = ApiCalls.call(
                port,
                "agent",
                "POST",
                "/api/cases",
                """
                {"channel": "WALK_IN", "type": "QUESTION", "topic": "returns", "subject": "Webhook walk %s",
                 "message": "Can I return a kettle?",
                 "customer": {"name": "Wulan Sari", "email": "wulan.%s@example.com", "language": "en"}}"""
                        .formatted(run, run));
        assertThat(opened.status()).as("%s", opened.body()).isEqualTo(201);

        // then the log shows it delivered by the retry after the failed first attempt
        Locator delivery = admin.locator("#deliveries tbody tr");
        for (int look = 0; look < 30 && !delivered(admin); look++) {
            Thread.sleep(1_000);
            admin.reload();
        }
        assertThat(delivery).hasCount(1);
        assertThat(delivery).containsText("case.opened");
        assertThat(delivery.locator(".badge.text-bg-success")).hasText("terkirim");
        assertThat(delivery.locator("li")).hasCount(2);
        assertThat(delivery.locator("li").last()).containsText("500");
        assertThat(delivery.locator("li").first()).containsText("204");

        // and the admin, now reading English, sends it again, which the receiver gets once more
        admin.locator("#lang-en").click();
        assertThat(admin.locator("h1")).containsText("Delivery log");
        assertThat(delivery.locator(".badge.text-bg-success")).hasText("delivered");
        delivery.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send again"))
                .click();
        assertThat(admin.locator(".alert-success")).hasText("The delivery goes out again at the next round.");
        for (int look = 0; look < 30 && admin.locator("#deliveries tbody tr li").count() < 3; look++) {
            Thread.sleep(1_000);
            admin.reload();
        }
        assertThat(admin.locator("#deliveries tbody tr li")).hasCount(3);
        assertThat(received.get()).isEqualTo(3);
        assertThat(dialogs).hasSize(1).allMatch(d -> d.startsWith("confirm: "));
        assertThat(scriptErrors).isEmpty();
    }

    private static boolean delivered(Page admin) {
        return admin.locator("#deliveries .badge.text-bg-success").count() > 0;
    }
}
