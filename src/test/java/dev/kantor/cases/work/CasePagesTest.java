package dev.kantor.cases.work;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jakarta.servlet.http.Cookie;

import dev.kantor.cases.portal.CustomerPortal;
import dev.kantor.platform.security.UserAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The case pages for staff: queue, logging a contact, working a case, approvals, boards, refusals. */
@SpringBootTest
@AutoConfigureMockMvc
class CasePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    String page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(as(username)).cookie(new Cookie("kantor-language", "en")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long logWalkIn(String subject) throws Exception {
        String location = mvc.perform(post("/cases/new")
                        .with(as("agent"))
                        .with(csrf())
                        .param("channel", "WALK_IN")
                        .param("type", "COMPLAINT")
                        .param("priority", "HIGH")
                        .param("customerName", "Budi Hartono")
                        .param("phone", "+62 812-5555-1212")
                        .param("language", "id")
                        .param("topic", "warranty")
                        .param("subject", subject)
                        .param("message", "TV mati setelah dua minggu."))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    int version(long caseId) {
        return jdbc.sql("select version from customer_case where id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    @Test
    void anAgentLogsAWalkInAndWorksTheCase() throws Exception {
        long id = logWalkIn("TV mati");
        String detail = page("/cases/" + id, "agent");
        assertThat(detail).contains("TV mati", "Budi Hartono", "Walk-in", "Agus Pratama");

        mvc.perform(post("/cases/" + id + "/reply")
                        .with(as("agent"))
                        .with(csrf())
                        .param("text", "Kami cek dulu ya.")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + id + "/note")
                        .with(as("agent"))
                        .with(csrf())
                        .param("text", "Cek garansi"))
                .andExpect(status().is3xxRedirection());

        String after = page("/cases/" + id, "agent");
        assertThat(after).contains("Kami cek dulu ya.", "Cek garansi", "replied to the customer", "internal");
        assertThat(page("/cases?owner=MINE", "agent")).contains("TV mati");
    }

    @Test
    void aRefundAboveTheLimitShowsWhoApprovesAndTheManagerApprovesIt() throws Exception {
        long id = logWalkIn("Kulkas penyok");
        mvc.perform(post("/cases/" + id + "/resolution")
                        .with(as("agent"))
                        .with(csrf())
                        .param("type", "REFUND")
                        .param("amount", "3000000")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/cases/" + id, "agent")).contains("Pending approval", "waiting for Dewi Lestari");

        String inbox = page("/approvals", "manager");
        assertThat(inbox).contains("Agus Pratama asks to give a refund of Rp 3.000.000", "Kulkas penyok");
        long action = jdbc.sql("select id from resolution_action where case_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        mvc.perform(post("/approvals/" + action + "/approve")
                        .with(as("manager"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/cases/" + id, "agent")).contains("Resolved", "approved a refund of Rp 3.000.000");
    }

    @Test
    void staffWithoutAuthorityAreToldWhoCanApproveNeverABareRefusal() throws Exception {
        long id = logWalkIn("Biaya kirim");
        mvc.perform(post("/cases/" + id + "/take")
                        .with(as("accountant"))
                        .with(csrf())
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        var flash = mvc.perform(post("/cases/" + id + "/resolution")
                        .with(as("accountant"))
                        .with(csrf())
                        .param("type", "FEE_WAIVER")
                        .param("amount", "50000")
                        .param("version", String.valueOf(version(id))))
                .andReturn()
                .getFlashMap();
        assertThat(flash.get("noAuthority")).asString().contains("approver");
    }

    @Test
    void managersSeeTheBoardAndTheirDelegations() throws Exception {
        logWalkIn("Keluhan untuk papan");
        assertThat(page("/complaints", "manager")).contains("Keluhan untuk papan", "Open complaints");
        assertThat(page("/authority", "manager")).contains("Front Desk Agent", "Rp 500.000");
        mvc.perform(post("/authority")
                        .with(as("manager"))
                        .with(csrf())
                        .param("scope", "EMPLOYEE")
                        .param(
                                "employeeId",
                                String.valueOf(
                                        accounts.loadUserByUsername("agent").employeeId()))
                        .param("type", "GOODWILL_GIFT")
                        .param("maxPerAction", "300000")
                        .param("maxPerDay", "900000"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/authority", "manager")).contains("Agus Pratama", "Rp 300.000");
        // the audit trail names the action in the reader's words, not its code
        assertThat(page("/audit?type=delegation", "admin"))
                .contains("Agus Pratama · goodwill gift")
                .doesNotContain("GOODWILL_GIFT");
    }

    @Test
    void theComplaintsBoardGivesAgesInDaysAndHours() throws Exception {
        long id = logWalkIn("Keluhan lama untuk umur");
        jdbc.sql("update customer_case set opened_at = ? where id = ?")
                .params(
                        java.sql.Timestamp.from(java.time.Instant.now()
                                .minus(java.time.Duration.ofDays(53)
                                        .plusHours(13)
                                        .plusMinutes(20))),
                        id)
                .update();
        long fresh = logWalkIn("Keluhan baru untuk umur");

        org.jsoup.nodes.Document english = org.jsoup.Jsoup.parse(page("/complaints", "manager"));
        assertThat(ageOf(english, "Keluhan lama untuk umur")).isEqualTo("53 days 13 hours");
        assertThat(ageOf(english, "Keluhan baru untuk umur")).isEqualTo("under an hour");
        org.jsoup.nodes.Document indonesian = org.jsoup.Jsoup.parse(
                mvc.perform(get("/complaints").with(as("manager")).cookie(new Cookie("kantor-language", "id")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(ageOf(indonesian, "Keluhan lama untuk umur")).isEqualTo("53 hari 13 jam");
        assertThat(ageOf(indonesian, "Keluhan baru untuk umur")).isEqualTo("kurang dari satu jam");
        assertThat(fresh).isPositive();
    }

    private static String ageOf(org.jsoup.nodes.Document board, String subject) {
        return board.select("tr:has(td:containsOwn(" + subject + ")) td.complaint-age")
                .first()
                .text();
    }

    @Test
    void theStatusListShowsTheCasesActualStatusAndActionsAreNamedInWords() throws Exception {
        long id = logWalkIn("Status yang sebenarnya");
        // a status nobody chooses by hand: an approval set it
        jdbc.sql("update customer_case set status = 'PENDING_APPROVAL' where id = ?")
                .param(id)
                .update();
        for (String language : java.util.List.of("en", "id")) {
            org.jsoup.nodes.Document detail = org.jsoup.Jsoup.parse(
                    mvc.perform(get("/cases/" + id).with(as("agent")).cookie(new Cookie("kantor-language", language)))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8));
            String status = detail.selectFirst("#new-status option[selected]").text();
            assertThat(status).isEqualTo("en".equals(language) ? "Pending approval" : "Menunggu persetujuan");
            assertThat(detail.select("#resolution-type option").eachText())
                    .contains("en".equals(language) ? "Store credit" : "Kredit belanja");
            org.jsoup.nodes.Element hand = detail.getElementById("hand-to-colleague");
            assertThat(hand.classNames()).contains("btn", "d-block");
            assertThat(hand.attr("role")).isEqualTo("button");
        }
    }

    @Test
    void theCustomerMatchesCarryNoSecondElementWithTheIdOfThePlaceTheyGo() throws Exception {
        logWalkIn("Pelanggan yang dicari");
        String matches = page("/cases/customers?find=HARTONO", "agent");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(matches).getElementById("customer-matches"))
                .isNull();
        assertThat(matches).contains("customer-match");
        assertThat(org.jsoup.Jsoup.parse(page("/cases/new", "agent")).select("#customer-matches"))
                .hasSize(1);
    }

    @Test
    void pagesAreInIndonesianToo() throws Exception {
        long id = logWalkIn("Garansi blender");
        String queue = mvc.perform(get("/cases").with(as("agent")).cookie(new Cookie("kantor-language", "id")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(queue).contains("Kasus", "Tanggapan pertama", "Garansi blender");
        String detail = mvc.perform(get("/cases/" + id).with(as("agent")).cookie(new Cookie("kantor-language", "id")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).contains("Riwayat", "Balas pelanggan", "Klaim garansi");
    }

    @Test
    void onlyThoseWhoServeCustomersWorkCasesAndOnlyManagersDelegate() throws Exception {
        mvc.perform(get("/cases").with(as("hr"))).andExpect(status().isForbidden());
        mvc.perform(post("/cases/new").with(as("hr")).with(csrf()).param("subject", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/complaints").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/authority").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(post("/authority").with(as("agent")).with(csrf()).param("scope", "EMPLOYEE"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/outbox").with(as("manager"))).andExpect(status().isForbidden());
        assertThat(page("/outbox", "admin")).contains("E-mail outbox");
    }

    @Test
    void theOutboxShowsHowEachMailsDeliveryStandsInBothLanguages() throws Exception {
        String failing = "outbox-" + System.nanoTime() + "@contoh.example";
        jdbc.sql(
                        """
                insert into outbox_mail (created_at, recipient, subject, body, message_id, attempts, next_attempt_at, failure)
                values (current_timestamp, ?, 'Kasus Anda', 'Yth. Ibu', '<retry-1@sinarmaju.example>', 2,
                        current_timestamp + interval '1' hour, '550 mailbox unavailable')""")
                .param(failing)
                .update();
        String gaveUp = "outbox-" + System.nanoTime() + "@contoh.example";
        jdbc.sql(
                        """
                insert into outbox_mail (created_at, recipient, subject, body, message_id, attempts, failure)
                values (current_timestamp, ?, 'Kasus Anda', 'Yth. Bapak', '<gave-up-1@sinarmaju.example>', 10,
                        '553 no such user')""")
                .param(gaveUp)
                .update();

        assertThat(page("/outbox", "admin"))
                .contains(
                        failing,
                        "attempt 2 did not go through: trying again at",
                        "Last failure: 550 mailbox unavailable",
                        "Message-ID: &lt;retry-1@sinarmaju.example&gt;",
                        gaveUp,
                        "not sent: gave up after 10 attempts",
                        "Last failure: 553 no such user");
        assertThat(mvc.perform(get("/outbox").with(as("admin")).cookie(new Cookie("kantor-language", "id")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains(
                        "percobaan ke-2 belum berhasil: dicoba lagi pada",
                        "Kegagalan terakhir: 550 mailbox unavailable",
                        "tidak terkirim: dihentikan setelah 10 percobaan");
    }

    @Test
    void everyoneWhoServesCustomersSeesTheServiceTargets() throws Exception {
        assertThat(page("/service-targets", "agent"))
                .contains("Service targets", "Complaint", "Urgent", "0.5 business hours", "4 business hours");
    }

    @Test
    void managersChangeAServiceTargetOnThePageAndOthersCannot() throws Exception {
        int version = jdbc.sql("select version from sla_target where case_type = 'REQUEST' and priority = 'LOW'")
                .query(Integer.class)
                .single();
        mvc.perform(post("/service-targets")
                        .with(as("agent"))
                        .with(csrf())
                        .param("type", "REQUEST")
                        .param("priority", "LOW")
                        .param("firstResponseHours", "1")
                        .param("resolutionHours", "8")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isForbidden());

        var refused = mvc.perform(post("/service-targets")
                        .with(as("manager"))
                        .with(csrf())
                        .param("type", "REQUEST")
                        .param("priority", "LOW")
                        .param("firstResponseHours", "9")
                        .param("resolutionHours", "8")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getFlashMap();
        assertThat(refused.get("failure")).asString().contains("cannot be due after the resolution");

        var saved = mvc.perform(post("/service-targets")
                        .with(as("manager"))
                        .with(csrf())
                        .param("type", "REQUEST")
                        .param("priority", "LOW")
                        .param("firstResponseHours", "7.5")
                        .param("resolutionHours", "48")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getFlashMap();
        assertThat(saved.get("success")).isNotNull();
        assertThat(jdbc.sql(
                                "select first_response_minutes from sla_target where case_type = 'REQUEST' and priority = 'LOW'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(450);
        assertThat(page("/service-targets", "manager")).contains("7.5 business hours", "target-form");

        var stale = mvc.perform(post("/service-targets")
                        .with(as("manager"))
                        .with(csrf())
                        .param("type", "REQUEST")
                        .param("priority", "LOW")
                        .param("firstResponseHours", "8")
                        .param("resolutionHours", "48")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getFlashMap();
        assertThat(stale.get("failure")).isNotNull();
        mvc.perform(post("/service-targets")
                        .with(as("admin"))
                        .with(csrf())
                        .param("type", "REQUEST")
                        .param("priority", "LOW")
                        .param("firstResponseHours", "8")
                        .param("resolutionHours", "48")
                        .param("version", String.valueOf(version + 1)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aServiceTargetFarBeyondAnyHoursIsRefusedWithTheRangeAndChangesNothing() throws Exception {
        int version = jdbc.sql("select version from sla_target where case_type = 'QUESTION' and priority = 'LOW'")
                .query(Integer.class)
                .single();
        for (String hours : new String[] {"-9223372036854775809", "9223372036854775807", "-1"}) {
            var refused = mvc.perform(post("/service-targets")
                            .with(as("manager"))
                            .with(csrf())
                            .cookie(new Cookie("kantor-language", "en"))
                            .param("type", "QUESTION")
                            .param("priority", "LOW")
                            .param("firstResponseHours", "1")
                            .param("resolutionHours", hours)
                            .param("version", String.valueOf(version)))
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getFlashMap();
            assertThat(refused.get("failure")).as(hours).asString().contains("from one minute to 30 days");
        }
        assertThat(jdbc.sql("select version from sla_target where case_type = 'QUESTION' and priority = 'LOW'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(version);
    }

    @Test
    void anAccountThatIsNobodysCannotLogAContactAsIfTheCustomerWroteIn() throws Exception {
        long before =
                jdbc.sql("select count(*) from customer_case").query(Long.class).single();

        mvc.perform(post("/cases/new")
                        .with(user("nobody").roles("ADMIN"))
                        .with(csrf())
                        .param("channel", "WALK_IN")
                        .param("type", "QUESTION")
                        .param("customerName", "Budi Hartono")
                        .param("email", "budi@example.com")
                        .param("language", "id")
                        .param("topic", "warranty")
                        .param("subject", "Garansi TV")
                        .param("message", "TV mati."))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("select count(*) from customer_case")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void findsAReturningCustomerWhileLoggingAContact() throws Exception {
        logWalkIn("Remote TV hilang");
        String matches = page("/cases/customers?find=HARTONO", "agent");
        assertThat(matches).contains("Budi Hartono", "+62 812-5555-1212", "data-phone");
        assertThat(page("/cases/customers?find=zzzz-nobody", "agent")).contains("No customer found");
    }

    @Test
    void badInputWhenLoggingAContactIsShownAndNothingIsStored() throws Exception {
        long before =
                jdbc.sql("select count(*) from customer_case").query(Long.class).single();
        String form = mvc.perform(post("/cases/new")
                        .with(as("agent"))
                        .with(csrf())
                        .param("channel", "PHONE")
                        .param("type", "QUESTION")
                        .param("customerName", "")
                        .param("email", "not-mail")
                        .param("topic", "nope")
                        .param("subject", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("Required.", "Not a valid e-mail address.", "Choose a topic from the list.");
        assertThat(jdbc.sql("select count(*) from customer_case")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aTooLongReasonForAskingHelpIsRefusedInBothLanguagesAndNothingIsStored() throws Exception {
        long id = logWalkIn("Kipas berisik");
        long entries = jdbc.sql("select count(*) from case_entry where case_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        String why = "x".repeat(501);

        mvc.perform(post("/cases/" + id + "/help")
                        .with(as("agent"))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "en"))
                        .param("why", why)
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("failure", "Reason for asking: At most 500 characters."));
        mvc.perform(post("/cases/" + id + "/help")
                        .with(as("agent"))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "id"))
                        .param("why", why)
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("failure", "Alasan minta bantuan: Paling banyak 500 karakter."));

        assertThat(jdbc.sql("select count(*) from case_entry where case_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(entries);
    }

    // --- delegated authority and actions on resolved cases ---

    long employee(String email) {
        return jdbc.sql("select id from employee where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    String refusedDelegation(int status, String scope, long scopeId, String perAction, String perDay) throws Exception {
        return mvc.perform(post("/authority")
                        .with(as("manager"))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "en"))
                        .param("scope", scope)
                        .param("employeeId", String.valueOf(scopeId))
                        .param("type", "GOODWILL_GIFT")
                        .param("maxPerAction", perAction)
                        .param("maxPerDay", perDay))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theAuthorityPageShowsEachManagerWhatTheyMayDelegateAndToWhom() throws Exception {
        String manager = page("/authority", "manager");
        // her own limits, which cap what she delegates (a customer service manager's goodwill gifts)
        assertThat(manager)
                .contains("What you may delegate", "never more than your own limits", "Rp 2.000.000", "Rp 8.000.000");
        // the people in her line, not the sales associates nor herself; no position limits
        assertThat(manager)
                .contains(">Agus Pratama<", ">Yuliana Siregar<")
                .doesNotContain(
                        ">Budi Santoso<", "<option value=\"" + employee("dewi.lestari@sinarmaju.example") + "\"")
                .doesNotContain("scope-position");
        // an admin sets position limits, for anyone but themselves
        assertThat(page("/authority", "admin")).contains("scope-position", "As an admin", ">Budi Santoso<");
    }

    @Test
    void aRefusedDelegationKeepsWhatWasTypedAndSaysWhy() throws Exception {
        long dewi = employee("dewi.lestari@sinarmaju.example");
        long agus = employee("agus.pratama@sinarmaju.example");
        long before =
                jdbc.sql("select count(*) from delegation").query(Long.class).single();

        assertThat(refusedDelegation(403, "EMPLOYEE", dewi, "900000000000", "900000000000"))
                .contains("Who: Nobody delegates authority to themselves")
                .contains("value=\"900000000000\"");
        assertThat(refusedDelegation(400, "EMPLOYEE", agus, "3000000", "9000000"))
                .contains("Most per action: More than your own limit of Rp 2.000.000.")
                .contains("Most per day: More than your own limit of Rp 8.000.000.")
                .contains("value=\"3000000\"", "value=\"9000000\"")
                .containsPattern("<option value=\"" + agus + "\"\\s+selected");
        assertThat(refusedDelegation(400, "EMPLOYEE", -1, "1000", "1000"))
                .contains("Who: No active employee has this id.");
        assertThat(refusedDelegation(403, "POSITION", agus, "1000", "1000"))
                .contains("To: Only admins set the limits of a position");

        assertThat(jdbc.sql("select count(*) from delegation").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aRefusedDelegationMarksEachFieldItsProblemIsAbout() throws Exception {
        long agus = employee("agus.pratama@sinarmaju.example");

        String aboveOwnLimit = refusedDelegation(400, "EMPLOYEE", agus, "3000000", "9000000");
        // each amount is marked where it was typed, with its own problem tied to it for screen readers
        assertThat(aboveOwnLimit)
                .containsPattern("<input[^>]*aria-describedby=\"maxPerAction-error\"[^>]*id=\"maxPerAction\"")
                .containsPattern("id=\"maxPerAction-error\"[^>]*>More than your own limit of Rp 2.000.000.<")
                .containsPattern("id=\"maxPerDay-error\"[^>]*>More than your own limit of Rp 8.000.000.<");

        // a refusal about whom to is marked at the person chosen
        assertThat(refusedDelegation(403, "EMPLOYEE", employee("dewi.lestari@sinarmaju.example"), "1000", "1000"))
                .containsPattern("id=\"employeeId-error\"[^>]*>Nobody delegates authority to themselves");

        // an amount that is no number is marked as one, and nothing is stored
        long before =
                jdbc.sql("select count(*) from delegation").query(Long.class).single();
        assertThat(refusedDelegation(400, "EMPLOYEE", agus, "lots", "1000000"))
                .containsPattern("id=\"maxPerAction-error\"[^>]*>An amount in rupiah, from 0.<");
        assertThat(jdbc.sql("select count(*) from delegation").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void withdrawingAsksFirstAndFollowsTheSameReach() throws Exception {
        long positionDelegation = jdbc.sql("select min(id) from delegation where scope = 'POSITION'")
                .query(Long.class)
                .single();
        // the manager sees no withdraw button for a position's limits, and is refused if she posts anyway
        String manager = page("/authority", "manager");
        assertThat(manager).doesNotContain("/authority/" + positionDelegation + "/withdraw");
        mvc.perform(post("/authority/" + positionDelegation + "/withdraw")
                        .with(as("manager"))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "en")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("failure", org.hamcrest.Matchers.startsWith("Only admins set")));
        assertThat(jdbc.sql("select count(*) from delegation where id = ?")
                        .param(positionDelegation)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // an admin's withdraw buttons ask first (static/js/kantor.js), naming whose authority it is
        assertThat(page("/authority", "admin"))
                .contains("/authority/" + positionDelegation + "/withdraw")
                .containsPattern("data-confirm=\"Withdraw this authority from [^\"]+\\? It ends at once.\"");
    }

    @Test
    void aResolvedCaseAsksToBeReopenedBeforeAnotherAction() throws Exception {
        long id = logWalkIn("Voucher dobel");
        mvc.perform(post("/cases/" + id + "/resolution")
                        .with(as("agent"))
                        .with(csrf())
                        .param("type", "STORE_CREDIT")
                        .param("amount", "50000")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());

        // the page offers no second action, and says to reopen first
        String resolved = page("/cases/" + id, "agent");
        assertThat(resolved).contains("reopen it first").doesNotContain("id=\"propose\"");
        // and posting one anyway is refused with the same words
        mvc.perform(post("/cases/" + id + "/resolution")
                        .with(as("agent"))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "en"))
                        .param("type", "STORE_CREDIT")
                        .param("amount", "50000")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("failure", org.hamcrest.Matchers.containsString("reopen it first")));
        assertThat(jdbc.sql("select count(*) from resolution_action where case_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRejectionReasonLongerThanItsColumnIsRefusedOnThePageAndDecidesNothing() throws Exception {
        long id = logWalkIn("Mesin cuci bocor");
        mvc.perform(post("/cases/" + id + "/resolution")
                        .with(as("agent"))
                        .with(csrf())
                        .param("type", "REFUND")
                        .param("amount", "3000000")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        long action = jdbc.sql("select id from resolution_action where case_id = ?")
                .param(id)
                .query(Long.class)
                .single();

        mvc.perform(post("/approvals/" + action + "/reject")
                        .with(as("manager"))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "en"))
                        .param("reason", "x".repeat(1001)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("failure", "Reason for rejecting: At most 1,000 characters."));

        assertThat(jdbc.sql("select state from resolution_action where id = ?")
                        .param(action)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
    }

    // --- never lose work: messages append, only the same field conflicts, the page says what happened ---

    @Autowired
    CustomerPortal portal;

    String pageIn(String url, String username, String language) throws Exception {
        return mvc.perform(get(url).with(as(username)).cookie(new Cookie("kantor-language", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String accessToken(long caseId) {
        return jdbc.sql("select access_token from customer_case where id = ?")
                .param(caseId)
                .query(String.class)
                .single();
    }

    List<String> bodies(long caseId, String kind) {
        return jdbc.sql("select body from case_entry where case_id = ? and kind = ? order by id")
                .params(caseId, kind)
                .query(String.class)
                .list();
    }

    @Test
    void aReplyTypedBeforeTheCustomerWroteAgainIsSentNotRefused() throws Exception {
        long id = logWalkIn("Setrika tidak panas");
        mvc.perform(post("/cases/" + id + "/reply")
                        .with(as("agent"))
                        .with(csrf())
                        .param("text", "Boleh dibawa ke toko?")
                        .param("then", "WAITING_ON_CUSTOMER")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        int read = version(id);

        // the customer writes through the portal (reopening the case) while the agent types
        portal.reply(accessToken(id), "Besok saya bawa ke toko.");
        mvc.perform(post("/cases/" + id + "/reply")
                        .with(as("agent"))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "en"))
                        .param("text", "Baik, kami tunggu.")
                        .param("version", String.valueOf(read)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "success",
                                "Your reply was recorded on the case; not sent: the customer has no e-mail address."))
                .andExpect(flash().attribute("draftSent", "reply"));

        assertThat(bodies(id, "REPLY")).containsExactly("Boleh dibawa ke toko?", "Baik, kami tunggu.");
    }

    @Test
    void aStatusChosenWithAReplyOnAStaleVersionComesBackWithEverythingTypedAndWhatChangedInBothLanguages()
            throws Exception {
        long id = logWalkIn("Kulkas berisik");
        int read = version(id);
        // the manager puts the case on hold while the agent writes
        mvc.perform(post("/cases/" + id + "/status")
                        .with(as("manager"))
                        .with(csrf())
                        .param("status", "WAITING_ON_CUSTOMER")
                        .param("version", String.valueOf(read)))
                .andExpect(status().is3xxRedirection());

        for (String language : List.of("en", "id")) {
            String page = mvc.perform(post("/cases/" + id + "/reply")
                            .with(as("agent"))
                            .with(csrf())
                            .cookie(new Cookie("kantor-language", language))
                            .param("text", "Unit baru kami kirim besok.")
                            .param("then", "RESOLVED")
                            .param("version", String.valueOf(read)))
                    .andExpect(status().isConflict())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);

            // the reply and the status typed are still there, and the page says who changed what
            assertThat(page)
                    .containsPattern("id=\"reply-text\"[^>]*>Unit baru kami kirim besok.</textarea>")
                    .containsPattern("<option value=\"RESOLVED\"\\s+selected=\"selected\"")
                    .contains("id=\"changed-meanwhile\"")
                    .contains(
                            language.equals("en")
                                    ? "Dewi Lestari changed the status from Open to Waiting on customer."
                                    : "Dewi Lestari mengubah status dari Terbuka menjadi Menunggu pelanggan.")
                    // sending again is based on the case as it is now
                    .contains("name=\"version\" value=\"" + version(id) + "\"");
        }
        // and nothing of it was written
        assertThat(bodies(id, "REPLY")).isEmpty();
        assertThat(jdbc.sql("select status from customer_case where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("WAITING_ON_CUSTOMER");
    }

    @Test
    void aStatusChangeOnAStaleVersionIsRefusedOnlyWhenTheStatusChangedMeanwhile() throws Exception {
        long id = logWalkIn("Mesin cuci bergetar");
        int read = version(id);
        // someone else changes the owner: a status change based on the older page still goes through
        mvc.perform(post("/cases/" + id + "/take")
                        .with(as("manager"))
                        .with(csrf())
                        .param("version", String.valueOf(read)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + id + "/status")
                        .with(as("agent"))
                        .with(csrf())
                        .param("status", "WAITING_ON_CUSTOMER")
                        .param("version", String.valueOf(read)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("success"));

        // but a second status change on that page is refused, keeping the status chosen, naming the change
        String page = mvc.perform(post("/cases/" + id + "/status")
                        .with(as("manager"))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "en"))
                        .param("status", "RESOLVED")
                        .param("version", String.valueOf(read)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Agus Pratama changed the status from Open to Waiting on customer.")
                .containsPattern("id=\"new-status\"[^>]*>\\s*(<option[^>]*>[^<]*</option>\\s*)*"
                        + "<option value=\"RESOLVED\"\\s+selected=\"selected\"");
        assertThat(jdbc.sql("select status from customer_case where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("WAITING_ON_CUSTOMER");
    }

    @Test
    void thePriorityIsChangedOnThePageAndAStaleChangeNamesWhoChangedIt() throws Exception {
        long id = logWalkIn("Remote hilang");
        int read = version(id);
        mvc.perform(post("/cases/" + id + "/priority")
                        .with(as("manager"))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "en"))
                        .param("priority", "LOW")
                        .param("version", String.valueOf(read)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "The priority was changed."));
        assertThat(page("/cases/" + id, "agent")).contains("set the priority to Low");

        assertThat(mvc.perform(post("/cases/" + id + "/priority")
                                .with(as("agent"))
                                .with(csrf())
                                .cookie(new Cookie("kantor-language", "id"))
                                .param("priority", "URGENT")
                                .param("version", String.valueOf(read)))
                        .andExpect(status().isConflict())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Dewi Lestari mengubah prioritas dari Tinggi menjadi Rendah.")
                .containsPattern("<option value=\"URGENT\"\\s+selected=\"selected\"");
        mvc.perform(post("/cases/" + id + "/priority")
                        .with(as("hr"))
                        .with(csrf())
                        .param("priority", "URGENT")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theReplyFormSaysBeforeSendingThatACustomerWithoutAnAddressGetsNoMailInBothLanguages() throws Exception {
        long id = logWalkIn("Garansi kipas");

        assertThat(pageIn("/cases/" + id, "agent", "en"))
                .contains(
                        "This customer has no e-mail address, so a reply cannot be e-mailed.",
                        "I told the customer by phone: record it as a note of the call",
                        "E-mail it to this address, and add the address to the customer:",
                        "Record the reply")
                .doesNotContain("id=\"reply-goes-to\"");
        assertThat(pageIn("/cases/" + id, "agent", "id"))
                .contains(
                        "Pelanggan ini tidak punya alamat e-mail, jadi balasan tidak dapat dikirim lewat e-mail.",
                        "Saya sudah menyampaikannya lewat telepon: catat sebagai catatan telepon",
                        "Catat balasan");

        // recording it never claims it was sent, in either language
        mvc.perform(post("/cases/" + id + "/reply")
                        .with(as("agent"))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "id"))
                        .param("text", "Garansi masih berlaku.")
                        .param("delivery", "RECORD"))
                .andExpect(status().is3xxRedirection())
                .andExpect(
                        flash().attribute(
                                        "success",
                                        "Balasan Anda telah dicatat pada kasus; tidak terkirim: pelanggan tidak punya alamat e-mail."));
        assertThat(pageIn("/cases/" + id, "agent", "en")).contains("not e-mailed: the customer has no address");

        // a note of a call is internal and mailed to nobody
        mvc.perform(post("/cases/" + id + "/reply")
                        .with(as("agent"))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "en"))
                        .param("text", "Told him by phone to bring the fan in.")
                        .param("delivery", "PHONE"))
                .andExpect(flash().attribute(
                                "success", "Your note of the call was recorded on the case; nothing was e-mailed."));
        assertThat(bodies(id, "CALL")).containsExactly("Told him by phone to bring the fan in.");

        // an address asked for but left out is refused at its field, with the reply kept
        assertThat(mvc.perform(post("/cases/" + id + "/reply")
                                .with(as("agent"))
                                .with(csrf())
                                .cookie(new Cookie("kantor-language", "en"))
                                .param("text", "Your fan is ready.")
                                .param("delivery", "EMAIL")
                                .param("email", ""))
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("E-mail address: Required.")
                .containsPattern("id=\"reply-text\"[^>]*>Your fan is ready.</textarea>");

        // and an address given is added to the customer, and the reply goes there
        String address = "pak.budi." + System.nanoTime() + "@contoh.example";
        mvc.perform(post("/cases/" + id + "/reply")
                        .with(as("agent"))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "en"))
                        .param("text", "Your fan is ready.")
                        .param("delivery", "EMAIL")
                        .param("email", address))
                .andExpect(flash().attribute(
                                "success",
                                address + " was added to the customer, and your reply is on its way there by e-mail."));
        assertThat(jdbc.sql("select count(*) from outbox_mail where recipient = ? and body like '%Your fan is ready.%'")
                        .param(address)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(pageIn("/cases/" + id, "agent", "en"))
                .contains("Goes to " + address + " by e-mail")
                .doesNotContain("id=\"no-address\"");
    }

    @Test
    void theLivePartOfTheCasePageShowsWhatOthersDidAndWhoElseIsLooking() throws Exception {
        long id = logWalkIn("Lampu kulkas mati");
        String opened = pageIn("/cases/" + id, "agent", "en");
        long after = jdbc.sql("select max(id) from case_entry where case_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(opened).contains("/cases/" + id + "/live?after=" + after, "id=\"case-notices\"");

        // nothing new: only the poller, nobody else looking
        String quiet = pageIn("/cases/" + id + "/live?after=" + after, "agent", "en");
        assertThat(quiet).contains("id=\"case-live\"").doesNotContain("case-notice", "hx-swap-oob");

        // the manager opens the case and replies; the customer writes
        pageIn("/cases/" + id, "manager", "en");
        mvc.perform(post("/cases/" + id + "/reply")
                        .with(as("manager"))
                        .with(csrf())
                        .param("text", "Saya bantu cek stoknya."))
                .andExpect(status().is3xxRedirection());
        portal.reply(accessToken(id), "Terima kasih, saya tunggu.");

        String news = pageIn("/cases/" + id + "/live?after=" + after, "agent", "en");
        assertThat(news)
                .contains("Dewi Lestari is also looking at this case.")
                .contains("Dewi Lestari replied to the customer.", "The customer wrote again.")
                .contains("Saya bantu cek stoknya.", "Terima kasih, saya tunggu.")
                .contains("hx-swap-oob=\"beforeend:#timeline\"", "hx-swap-oob=\"afterbegin:#case-notices\"")
                // the next question starts after what this answer shows
                .doesNotContain("live?after=" + after + "\"");
        assertThat(pageIn("/cases/" + id + "/live?after=" + after, "manager", "id"))
                .contains("Agus Pratama juga sedang melihat kasus ini.", "Pelanggan menulis lagi.")
                // what the reader did themselves needs no notice
                .doesNotContain("Dewi Lestari membalas pelanggan.");

        mvc.perform(get("/cases/" + id + "/live").with(as("hr"))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/987654/live").with(as("agent"))).andExpect(status().isNotFound());
    }
}
