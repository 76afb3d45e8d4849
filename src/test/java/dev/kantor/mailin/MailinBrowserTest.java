package dev.kantor.mailin;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
 * Inbound e-mail in a real (headless) Chromium: the admin connects a webhook mailbox from the menu and keeps its
 * secret; a mail relay posts a raw HTML mail to it, which opens a case the agent, reading Indonesian, finds with the
 * mail shown sanitised; a mailbox whose IMAP server cannot be reached shows why; the admin deletes both mailboxes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailinBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final String name = "Relay " + UUID.randomUUID().toString().substring(0, 6);
    private final List<String> scriptErrors = new ArrayList<>();
    private final List<String> dialogs = new ArrayList<>();

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

    /** Should the journey stop half-way, no mailbox of it stays to make health DEGRADED for other tests. */
    @AfterEach
    void switchOffWhatWasLeft() {
        jdbc.sql("update mailin_mailbox set active = false where name like ?")
                .param(name + "%")
                .update();
    }

    @Test
    void theAdminConnectsAMailboxARelaysMailOpensACaseTheAgentReadsAndTheAdminDeletesMailboxes() throws Exception {
        // the admin finds inbound e-mail in the menu and connects a webhook mailbox
        Page admin = open("en-US");
        Chromium.signIn(admin, "admin");
        Chromium.openMenu(admin, "Administration");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inbound e-mail"))
                .click();
        assertThat(admin.locator("h1")).hasText("Inbound e-mail");
        admin.locator("#new-mailbox").click();
        admin.locator("#name").fill(name);
        admin.locator("#mode").selectOption("WEBHOOK");
        admin.locator("#topic").selectOption("returns");
        admin.locator("#language").selectOption("en");
        admin.locator("main form button.btn-primary").click();
        assertThat(admin).hasURL(Pattern.compile(".*/mailin/\\d+$"));
        Matcher id = Pattern.compile("/mailin/(\\d+)$").matcher(admin.url());
        assertThat(id.find()).isTrue();
        String webhook = "/api/mailin/webhook/" + id.group(1);
        assertThat(admin.locator("main")).containsText(webhook);
        String secret = admin.locator("#webhook-secret code").innerText().strip();
        assertThat(secret).hasSizeGreaterThan(30);

        // the mail relay posts a customer's raw HTML mail
        String from = "wulan." + UUID.randomUUID().toString().substring(0, 6) + "@customer.example";
        String raw = "From: Wulan Sari <" + from + ">\r\nTo: layanan@sinarmaju.example\r\n"
                + "Subject: Pintu kulkas penyok\r\nMessage-ID: <" + UUID.randomUUID() + "@customer.example>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<html><body><p style=\"color:red\">Pintu kulkas saya <b>penyok</b>.</p>"
                + "<script>alert('from the mail')</script><img src=\"https://track.example/p.gif\" onerror=\"alert(2)\">"
                + "</body></html>\r\n";
        HttpResponse<String> relayed = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + webhook))
                                .header("Content-Type", "message/rfc822")
                                .header("X-Kantor-Mailbox-Secret", secret)
                                .POST(HttpRequest.BodyPublishers.ofString(raw, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(relayed.statusCode()).isEqualTo(202);
        assertThat(relayed.body()).contains("OPENED");

        // the admin sees what became of it, and the case it opened
        admin.reload();
        assertThat(admin.locator(".received-mail .outcome")).hasText("Opened a case");
        String caseLink = admin.locator(".received-mail a").getAttribute("href");
        assertThat(caseLink).matches("/cases/\\d+");

        // the agent, reading Indonesian, opens the case: the mail is shown with its markup, sanitised
        Page agent = open("id-ID");
        Chromium.signIn(agent, "agent");
        agent.navigate(caseLink);
        assertThat(agent.locator("main")).containsText("Pintu kulkas penyok");
        assertThat(agent.locator(".mail-html b")).hasText("penyok");
        assertThat(agent.locator(".mail-html script, .mail-html img, .mail-html [style]"))
                .hasCount(0);
        assertThat(agent.locator("main")).containsText("Pelanggan");

        // a mailbox whose IMAP server cannot be reached shows why
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        admin.navigate("/mailin/new");
        admin.locator("#name").fill(name + " IMAP");
        admin.locator("#mode").selectOption("IMAP");
        admin.locator("#host").fill("127.0.0.1");
        admin.locator("#port").fill(Integer.toString(closed));
        admin.locator("#username").fill("layanan");
        admin.locator("#password").fill("imap-Secret-42");
        admin.locator("#topic").selectOption("returns");
        admin.locator("main form button.btn-primary").click();
        assertThat(admin).hasURL(Pattern.compile(".*/mailin/\\d+$"));
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read now"))
                .click();
        assertThat(admin.locator("#read-round")).containsText("Cannot be read");
        assertThat(admin.locator(".mailbox-error")).containsText("Cannot be read");
        assertThat(admin.locator("main")).not().containsText("imap-Secret-42");

        // the admin deletes it, then the relay's mailbox
        admin.locator("#delete-mailbox button").click();
        assertThat(admin).hasURL(Pattern.compile(".*/mailin$"));
        assertThat(admin.locator("#mailbox-deleted")).hasText("The mailbox " + name + " IMAP is deleted.");
        admin.locator(".mailbox a", new Page.LocatorOptions().setHasText(name))
                .first()
                .click();
        admin.locator("#delete-mailbox button").click();
        assertThat(admin.locator("#mailbox-deleted")).hasText("The mailbox " + name + " is deleted.");
        assertThat(admin.locator(".mailbox", new Page.LocatorOptions().setHasText(name)))
                .hasCount(0);

        assertThat(dialogs).hasSize(2).allMatch(d -> d.startsWith("confirm: "));
        assertThat(scriptErrors).isEmpty();
    }
}
