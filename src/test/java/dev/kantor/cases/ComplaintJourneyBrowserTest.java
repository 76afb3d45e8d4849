package dev.kantor.cases;

import java.nio.file.Paths;
import java.util.regex.Pattern;

import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint from start to finish, in a real (headless) Chromium against the running app, with
 * three people in three browsers: a customer writes in on the portal in Bahasa Indonesia, the
 * agent Agus Pratama takes the case and proposes a refund above his authority, the manager
 * Dewi Lestari approves it, and the customer finds the case resolved behind the private link
 * and rates the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplaintJourneyBrowserTest {

    private static final Pattern REFERENCE = Pattern.compile("KTR-\\d{4}-\\d{6}");
    private static final Pattern PRIVATE_LINK = Pattern.compile("^/portal/cases/[A-Za-z0-9_-]{20,64}$");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Test
    void complaintInIndonesianIsRefundedAfterTheManagersApprovalAndRatedByTheCustomer() {
        // given a customer whose browser asks for Bahasa Indonesia, and two employees reading Kantor in English
        Page customerPage = browsers.open(port, "id-ID");
        Page agentPage = browsers.open(port, "en-US");
        Page managerPage = browsers.open(port, "en-US");

        // when the customer writes a complaint on the portal, without an account
        customerPage.navigate("/portal");
        assertThat(customerPage.locator("html")).hasAttribute("lang", "id");
        assertThat(heading(customerPage)).hasText("Hubungi layanan pelanggan");
        assertThat(customerPage.locator("#lang-id")).hasClass(Pattern.compile("\\bactive\\b"));
        customerPage.locator("input[name=type][value=COMPLAINT]").check();
        customerPage.locator("#topic").selectOption(new SelectOption().setLabel("Pengembalian barang"));
        customerPage.locator("#customerName").fill("Siti Rahayu");
        customerPage.locator("#email").fill("siti.rahayu@contoh.example");
        customerPage.locator("#subject").fill("Kulkas yang saya kembalikan belum dikembalikan dananya");
        assertThat(customerPage.locator("#message-counter")).hasText("0 dari 4.000 karakter");
        String message =
                """
                Selamat siang, saya mengembalikan kulkas dengan nomor pesanan SM-88120 tiga minggu lalu.
                Sampai sekarang dana sebesar Rp 3.000.000 belum dikembalikan. Mohon bantuannya.""";
        customerPage.locator("#message").fill(message);
        // and sees, as she types, how much of the message's room she used
        assertThat(customerPage.locator("#message-counter")).hasText(message.length() + " dari 4.000 karakter");
        customerPage.locator("#send").click();

        // then the thank-you page, in Indonesian, gives the case reference and the private link
        assertThat(customerPage).hasURL(Pattern.compile("/portal/thanks$"));
        assertThat(heading(customerPage)).hasText("Terima kasih atas pesan Anda");
        assertThat(customerPage.locator("#too-many")).hasCount(0);
        Locator referenceOnThanks = customerPage.locator("#case-created #reference");
        assertThat(referenceOnThanks).hasText(REFERENCE);
        String reference = referenceOnThanks.textContent().strip();
        assertThat(customerPage.locator("#case-created")).containsText("siti.rahayu@contoh.example");
        Locator follow = customerPage.locator("#follow");
        assertThat(follow).hasText("Ikuti kasus Anda");
        String privateLink = follow.getAttribute("href");
        assertThat(privateLink).matches(PRIVATE_LINK);

        // and following the link shows the new case, still waiting for someone to pick it up
        follow.click();
        // (the link holds only letters, digits, "-", "_" and "/", so it can stand in a pattern as it is)
        assertThat(customerPage).hasURL(Pattern.compile(privateLink + "$"));
        assertThat(customerPage.locator("#reference")).hasText(reference);
        assertThat(customerPage.locator("#status")).hasText("Diterima");
        assertThat(customerPage.locator("#rating")).hasCount(0);

        // when the agent finds the case in the queue by its reference, as htmx narrows the list
        Chromium.signIn(agentPage, "agent");
        agentPage.navigate("/cases");
        assertThat(heading(agentPage)).hasText("Cases");
        Response searched = agentPage.waitForResponse(
                r -> r.url().contains("q=" + reference) && r.request().headers().containsKey("hx-request"),
                () -> agentPage.locator("#q").fill(reference));
        assertThat(searched.status()).isEqualTo(200);
        Locator rows = agentPage.locator("#case-table tbody tr");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("Siti Rahayu");
        assertThat(rows.first()).containsText("Complaint");
        assertThat(rows.first()).containsText("Returns");

        // and opens it and takes it
        rows.first()
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(reference).setExact(true))
                .click();
        assertThat(agentPage).hasURL(Pattern.compile("/cases/\\d+$"));
        assertThat(heading(agentPage)).containsText(reference);
        assertThat(agentPage.locator("#private-link")).hasValue(Pattern.compile(privateLink + "$"));
        agentPage.locator("#take-case").click();
        assertThat(flashSuccess(agentPage)).hasText("The case is yours.");
        assertThat(agentPage.locator("#owner-name")).hasText("Agus Pratama");

        // and proposes a refund of Rp 3.000.000, above his own limit of Rp 500.000 and his team lead's
        agentPage.locator("#resolution-type").selectOption("REFUND");
        agentPage.locator("#amount").fill("3000000");
        agentPage.locator("#propose").click();

        // then the request goes to the manager who may decide it, and the case waits for her
        assertThat(flashSuccess(agentPage)).containsText("The request is on its way to Dewi Lestari for approval");
        assertThat(agentPage.locator("#no-authority")).hasCount(0);
        assertThat(caseStatus(agentPage)).hasText("Pending approval");
        assertThat(agentPage.locator("#actions")).containsText("Rp 3.000.000");
        assertThat(agentPage.locator("#actions")).containsText("waiting for Dewi Lestari");
        // and the customer sees that a decision is awaited
        customerPage.reload();
        assertThat(customerPage.locator("#status")).hasText("Menunggu keputusan");
        assertThat(customerPage.locator("#rating")).hasCount(0);

        // when the manager opens her approvals and approves the request
        Chromium.signIn(managerPage, "manager");
        managerPage.navigate("/approvals");
        Locator request = managerPage.locator(".approval").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(request).hasCount(1);
        assertThat(request).containsText("Agus Pratama asks to give a refund of Rp 3.000.000");
        assertThat(request).containsText("Kulkas yang saya kembalikan belum dikembalikan dananya");
        request.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Approve").setExact(true))
                .click();

        // then the refund is carried out and the request leaves her inbox
        assertThat(managerPage).hasURL(Pattern.compile("/approvals$"));
        assertThat(flashSuccess(managerPage)).hasText("Approved: the action was carried out and the case is resolved.");
        assertThat(managerPage.locator(".approval").filter(new Locator.FilterOptions().setHasText(reference)))
                .hasCount(0);
        // and the agent finds the case resolved
        agentPage.reload();
        assertThat(caseStatus(agentPage)).hasText("Resolved");
        // and offered no second action on it until it is reopened
        assertThat(agentPage.locator("#reopen-first"))
                .hasText("This case is resolved: reopen it first, then propose the action.");
        assertThat(agentPage.locator("#propose")).hasCount(0);

        // when the customer opens the private link again
        customerPage.navigate(privateLink);

        // then the case is resolved, in Indonesian, with the approved refund on its timeline
        assertThat(customerPage.locator("html")).hasAttribute("lang", "id");
        assertThat(customerPage.locator("#reference")).hasText(reference);
        assertThat(customerPage.locator("#status")).hasText("Selesai");
        Locator timeline = customerPage.locator("#timeline");
        assertThat(timeline).containsText("Pengembalian dana sebesar Rp 3.000.000 telah disetujui");
        assertThat(timeline).containsText("Status berubah menjadi: Selesai");
        assertThat(timeline).containsText("Agus Pratama kini membantu Anda.");
        // and she is asked to rate the service
        Locator rating = customerPage.locator("#rating");
        assertThat(rating).isVisible();
        assertThat(rating.locator("h2")).hasText("Bagaimana layanan kami?");
        customerPage.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("/tmp/journey-resolved.png"))
                .setFullPage(true));

        // when she gives five stars and a comment
        customerPage.locator("label[for=stars5]").click();
        assertThat(customerPage.locator("#stars5")).isChecked();
        customerPage.locator("#comment").fill("Cepat dan ramah, terima kasih!");
        customerPage.locator("#rate").click();

        // then she is thanked and sees her rating on the case
        assertThat(customerPage).hasURL(Pattern.compile(privateLink + "$"));
        assertThat(flashSuccess(customerPage)).hasText("Terima kasih atas penilaian Anda!");
        Locator given = customerPage.locator("#rating-given");
        assertThat(given).containsText("Penilaian Anda");
        assertThat(given).containsText("5 dari 5 bintang");
        assertThat(given).containsText("Cepat dan ramah, terima kasih!");
        assertThat(timeline).containsText("Anda memberi layanan kami nilai 5 dari 5.");
        // and rating again is no longer offered, not even after coming back later
        assertThat(customerPage.locator("#rating")).hasCount(0);
        customerPage.navigate(privateLink);
        assertThat(customerPage.locator("#rating-given")).containsText("5 dari 5 bintang");
        assertThat(customerPage.locator("#rating")).hasCount(0);
        assertThat(customerPage.locator("#rate")).hasCount(0);
    }

    private static Locator heading(Page page) {
        return page.locator("main h1");
    }

    private static Locator flashSuccess(Page page) {
        return page.locator(".flash .alert-success");
    }

    /** The status badge under the case's title on an employee's case page. */
    private static Locator caseStatus(Page page) {
        return page.locator("main h1 + div .badge.text-bg-info");
    }
}
