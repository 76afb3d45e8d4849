package dev.kantor.cases;

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
 * The pages around the cases that keep Kantor's promises behind the scenes, in a real browser:
 * a manager delegating authority in Bahasa Indonesia (bad input and more than her own limit
 * refused with what she typed kept, a good delegation listed, withdrawn once she says yes), an
 * agent asking their manager to step in and the manager finding the case on the complaints board,
 * an admin keeping the public holidays, the confirmation mail waiting in the outbox, and an agent
 * refused the managers' and admins' pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseManagementBrowserTest {

    private static final Pattern REFERENCE = Pattern.compile("KTR-\\d{4}-\\d{6}");
    private static final Pattern CASE_PAGE = Pattern.compile("/cases/\\d+$");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Test
    void aManagerIsToldInIndonesianWhatIsWrongWithADelegationAndThenDelegatesToSomeoneInHerLine() {
        // given the manager on the authority page, reading Kantor in Bahasa Indonesia
        Page page = browser("id-ID");
        Chromium.signIn(page, "manager");
        page.navigate("/authority");
        assertThat(heading(page)).hasText("Wewenang yang didelegasikan");
        // she sees what she may delegate: her own limits, and no position limits (those are the admins')
        Locator allowance = page.locator("#allowance");
        assertThat(allowance).containsText("Yang boleh Anda delegasikan");
        assertThat(allowance.locator("tr").filter(new Locator.FilterOptions().setHasText("hadiah permohonan maaf")))
                .containsText("Rp 2.000.000");
        assertThat(page.locator("#scope-position")).hasCount(0);
        // an agent in her line nobody delegated to yet, so that the demo company's own limits stay as they are
        Locator delegations = page.locator("#delegations tbody tr");
        Locator putu = delegations.filter(new Locator.FilterOptions().setHasText("Putu Ayu Wulandari"));
        assertThat(putu).hasCount(0);
        int before = delegations.count();
        assertThat(before).isPositive();

        // when she gives a negative amount per action (the browser's own check would stop it; Kantor must too)
        Locator form = delegationForm(page, "Putu Ayu Wulandari", "GOODWILL_GIFT");
        form.locator("#maxPerAction").evaluate("e => e.removeAttribute('min')");
        form.locator("#maxPerAction").fill("-50000");
        form.locator("#maxPerDay").fill("1000000");
        form.locator("button[type=submit]").click();

        // then she is told what is wrong, in Indonesian, nothing is saved, and the form keeps what she typed
        assertThat(flashFailure(page)).hasText("Paling banyak per tindakan: Jumlah dalam rupiah, mulai dari 0.");
        assertThat(putu).hasCount(0);
        assertThat(delegations).hasCount(before);
        assertThat(page.locator("#maxPerAction")).hasValue("-50000");
        assertThat(page.locator("#maxPerDay")).hasValue("1000000");
        assertThat(page.locator("#employeeId option:checked")).hasText("Putu Ayu Wulandari");
        assertThat(page.locator("#type")).hasValue("GOODWILL_GIFT");

        // when she leaves out the daily maximum
        form = delegationForm(page, "Putu Ayu Wulandari", "GOODWILL_GIFT");
        form.locator("#maxPerAction").fill("250000");
        form.locator("#maxPerDay").fill("");
        form.locator("button[type=submit]").click();

        // then she is told it is required, and still nothing is saved
        assertThat(flashFailure(page)).hasText("Paling banyak per hari: Wajib diisi.");
        assertThat(putu).hasCount(0);
        assertThat(page.locator("#maxPerAction")).hasValue("250000");

        // when she gives more than her own limit of Rp 2.000.000 per gift
        form = delegationForm(page, "Putu Ayu Wulandari", "GOODWILL_GIFT");
        form.locator("#maxPerAction").fill("3000000");
        form.locator("#maxPerDay").fill("4000000");
        form.locator("button[type=submit]").click();

        // then she is told her own limit, and nothing is saved
        assertThat(flashFailure(page))
                .hasText("Paling banyak per tindakan: Melebihi batas Anda sendiri, yaitu Rp 2.000.000.");
        assertThat(putu).hasCount(0);
        assertThat(page.locator("#maxPerAction")).hasValue("3000000");

        // when she delegates a goodwill gift of at most Rp 250.000 each and Rp 1.000.000 a day
        form = delegationForm(page, "Putu Ayu Wulandari", "GOODWILL_GIFT");
        form.locator("#maxPerAction").fill("250000");
        form.locator("#maxPerDay").fill("1000000");
        form.locator("button[type=submit]").click();

        // then the delegation is saved and listed with its limits in rupiah
        assertThat(flashSuccess(page)).hasText("Delegasi telah disimpan.");
        assertThat(delegations).hasCount(before + 1);
        assertThat(putu).hasCount(1);
        assertThat(putu).containsText("Hadiah permohonan maaf");
        assertThat(putu.locator("td").nth(2)).hasText("Rp 250.000");
        assertThat(putu.locator("td").nth(3)).hasText("Rp 1.000.000");

        // when she withdraws it, but says no when asked, nothing changes
        page.onceDialog(dialog -> {
            assertThat(dialog.message())
                    .isEqualTo("Cabut wewenang ini dari Putu Ayu Wulandari? Pencabutan berlaku seketika.");
            dialog.dismiss();
        });
        putu.locator("button[type=submit]").click();
        page.navigate("/authority");
        assertThat(putu).hasCount(1);

        // and saying yes withdraws it, leaving the list as it was
        page.onceDialog(dialog -> dialog.accept());
        putu.locator("button[type=submit]").click();
        assertThat(flashSuccess(page)).hasText("Delegasi telah dicabut.");
        assertThat(putu).hasCount(0);
        assertThat(delegations).hasCount(before);
    }

    @Test
    void anAgentIsRefusedTheAuthorityPageAndTheOutboxInIndonesian() {
        // given an agent, who serves customers but neither delegates authority nor reads the outbox
        Page page = browser("id-ID");
        Chromium.signIn(page, "agent");
        assertThat(page.locator("nav a[href='/authority']")).hasCount(0);
        assertThat(page.locator("nav a[href='/outbox']")).hasCount(0);

        // when they type the address of the authority page
        Response authority = page.navigate("/authority");

        // then they are refused on Kantor's error page in their language, and see no delegation form
        assertThat(authority.status()).isEqualTo(403);
        assertThat(page.locator("main")).containsText("Anda tidak diizinkan melihat atau melakukan ini.");
        assertThat(page.locator("#maxPerAction")).hasCount(0);
        assertThat(page.locator("main")).not().containsText("Wewenang yang didelegasikan");

        // and the same for the outbox, which shows no mail
        Response outbox = page.navigate("/outbox");
        assertThat(outbox.status()).isEqualTo(403);
        assertThat(page.locator("main")).containsText("Anda tidak diizinkan melihat atau melakukan ini.");
        assertThat(page.locator("main")).not().containsText("Kotak keluar e-mail");
        assertThat(page.locator("main .card")).hasCount(0);
    }

    @Test
    void anAgentAsksTheirManagerToStepInAndTheManagerFindsTheCaseOnTheComplaintsBoard() {
        // given an agent who logs a phone complaint, and so owns it
        long unique = System.nanoTime();
        String subject = "Mesin cuci bocor setelah dipasang " + unique;
        Page agentPage = browser("id-ID");
        Chromium.signIn(agentPage, "agent");
        String reference =
                logPhoneComplaint(agentPage, "Rina Wulandari", "rina." + unique + "@contoh.example", subject);
        assertThat(agentPage.locator("#owner-name")).hasText("Agus Pratama");
        assertThat(agentPage.locator("main h1 + div .badge.text-bg-danger")).hasCount(0);

        // and the manager's board, where the complaint is open but nobody has asked for help with it
        Page managerPage = browser("id-ID");
        Chromium.signIn(managerPage, "manager");
        managerPage.navigate("/complaints");
        assertThat(heading(managerPage)).hasText("Papan keluhan");
        assertThat(managerPage.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(reference)))
                .containsText(subject);
        assertThat(askingForHelp(managerPage, reference)).hasCount(0);

        // when the agent asks the manager to step in, saying why
        agentPage.locator("#why").fill("Pelanggan minta ganti unit baru, di luar wewenang saya");
        agentPage.locator("#ask-help").click();

        // then they are told the manager was asked, and the case shows it
        assertThat(flashSuccess(agentPage)).hasText("Atasan Anda telah diminta turun tangan.");
        assertThat(agentPage.locator("main h1 + div .badge.text-bg-danger")).hasText("minta bantuan");
        Locator timeline = agentPage.locator("#timeline");
        assertThat(timeline).containsText("meminta atasannya turun tangan");
        assertThat(timeline).containsText("Pelanggan minta ganti unit baru, di luar wewenang saya");

        // and the manager finds the case among the staff asking for help, with whose case it is
        managerPage.reload();
        Locator request = askingForHelp(managerPage, reference);
        assertThat(request).hasCount(1);
        assertThat(request).containsText(subject);
        assertThat(request).containsText("Agus Pratama");

        // and opens it from there
        request.locator("a").click();
        assertThat(managerPage).hasURL(CASE_PAGE);
        assertThat(heading(managerPage)).containsText(reference);
        assertThat(managerPage.locator("main h1 + div .badge.text-bg-danger")).hasText("minta bantuan");
    }

    @Test
    void anAdminIsToldWhatAHolidayLacksThenAddsOneAndRemovesItAgain() {
        // given the admin on the business calendar, in English, and a holiday far ahead with a name of its own
        long unique = System.nanoTime();
        String name = "Kantor founders' day " + unique;
        String nameId = "Hari pendiri Kantor " + unique;
        Page page = browser("en-US");
        Chromium.signIn(page, "admin");
        page.navigate("/calendar");
        assertThat(heading(page)).hasText("Business calendar");
        Locator holidays = page.locator("main table").nth(1).locator("tr");
        Locator founders = holidays.filter(new Locator.FilterOptions().setHasText("2031-10-07"));
        assertThat(founders).hasCount(0);
        int before = holidays.count();

        // when the admin leaves out the Indonesian name
        page.locator("#date").fill("2031-10-07");
        page.locator("#nameEn").fill(name);
        page.locator("#nameId").fill("");
        page.locator("form:has(#date) button[type=submit]").click();

        // then Kantor says what a holiday needs, and adds nothing
        assertThat(flashFailure(page)).hasText("Name (Bahasa Indonesia): Required.");
        assertThat(founders).hasCount(0);
        assertThat(holidays).hasCount(before);
        assertThat(page.locator("main")).not().containsText(name);

        // when the admin gives both names
        page.locator("#date").fill("2031-10-07");
        page.locator("#nameEn").fill(name);
        page.locator("#nameId").fill(nameId);
        page.locator("form:has(#date) button[type=submit]").click();

        // then the holiday is listed, under its English name on the English page
        assertThat(flashSuccess(page)).hasText("The calendar was saved.");
        assertThat(holidays).hasCount(before + 1);
        assertThat(founders).hasCount(1);
        assertThat(founders).containsText(name);
        // and under its Indonesian name for someone reading in Indonesian
        page.locator("#lang-id").click();
        assertThat(page.locator("html")).hasAttribute("lang", "id");
        assertThat(founders).containsText(nameId);

        // when the admin removes it again
        founders.locator("button[type=submit]").click();

        // then the calendar is as it was
        assertThat(flashSuccess(page)).hasText("Kalender telah disimpan.");
        assertThat(founders).hasCount(0);
        assertThat(holidays).hasCount(before);
    }

    @Test
    void theAdminFindsTheConfirmationMailOfACaseLoggedWithAnEmailAddressInTheOutbox() {
        // given an agent who logs a complaint for a customer with an e-mail address
        long unique = System.nanoTime();
        String email = "bayu." + unique + "@contoh.example";
        String subject = "Kompor gas tidak menyala " + unique;
        Page agentPage = browser("id-ID");
        Chromium.signIn(agentPage, "agent");
        String reference = logPhoneComplaint(agentPage, "Bayu Saputra", email, subject);

        // when the admin opens the outbox
        Page adminPage = browser("en-US");
        Chromium.signIn(adminPage, "admin");
        adminPage.navigate("/outbox");
        assertThat(heading(adminPage)).hasText("E-mail outbox");

        // then the confirmation to that address is there, in the customer's language, with the private link,
        // named after its topic: the subject the agent typed is internal
        Locator mail = adminPage.locator("main .card").filter(new Locator.FilterOptions().setHasText(email));
        assertThat(mail).hasCount(1);
        assertThat(mail.locator("h2")).hasText("[" + reference + "] Pesan Anda telah kami terima: Klaim garansi");
        assertThat(mail).not().containsText(subject);
        assertThat(mail.locator("pre")).containsText("Yth. Bayu Saputra");
        assertThat(mail.locator("pre")).containsText(Pattern.compile("/portal/cases/[A-Za-z0-9_-]{20,64}"));
    }

    /** A fresh browser profile reading Kantor in this language, closed after the test. */
    private Page browser(String locale) {
        return browsers.open(port, locale);
    }

    /** The agent logs a phone complaint about a warranty through the case form; answers its reference. */
    private static String logPhoneComplaint(Page page, String customer, String email, String subject) {
        page.navigate("/cases/new");
        page.locator("#channel").selectOption("PHONE");
        page.locator("#type").selectOption("COMPLAINT");
        page.locator("#customerName").fill(customer);
        page.locator("#email").fill(email);
        page.locator("#phone").fill("+62 812-7000-1234");
        page.locator("#language").selectOption("id");
        page.locator("#topic").selectOption("warranty");
        page.locator("#subject").fill(subject);
        page.locator("#message").fill("Baru dua minggu dipakai sudah rusak. Mohon dibantu.");
        page.locator("#open-case").click();
        assertThat(page).hasURL(CASE_PAGE);
        Locator reference = page.locator("main h1 span").first();
        assertThat(reference).hasText(REFERENCE);
        assertThat(flashSuccess(page)).containsText(reference.textContent().strip());
        assertThat(heading(page)).containsText(subject);
        return reference.textContent().strip();
    }

    /** The delegation form with the employee and the kind of action chosen. */
    private static Locator delegationForm(Page page, String employee, String type) {
        Locator form = page.locator("main form:has(#maxPerAction)");
        form.locator("#employeeId").selectOption(new SelectOption().setLabel(employee));
        form.locator("#type").selectOption(type);
        return form;
    }

    /** The case among those on the complaints board whose agent asked for help. */
    private static Locator askingForHelp(Page page, String reference) {
        return page.locator("main section")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions()
                                        .setName("Staf yang meminta bantuan")
                                        .setExact(true))))
                .locator("li")
                .filter(new Locator.FilterOptions().setHasText(reference));
    }

    private static Locator heading(Page page) {
        return page.locator("main h1");
    }

    private static Locator flashSuccess(Page page) {
        return page.locator(".flash .alert-success");
    }

    private static Locator flashFailure(Page page) {
        return page.locator(".flash .alert-danger");
    }
}
