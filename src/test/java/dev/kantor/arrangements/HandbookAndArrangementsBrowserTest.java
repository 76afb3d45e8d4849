package dev.kantor.arrangements;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.policies.ArrangementTerms;
import dev.kantor.policies.Handbook;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.PolicyDraft;
import dev.kantor.policies.PolicyVersionRef;
import dev.kantor.policies.ScopeKind;
import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
 * The handbook and the work arrangements in a real (headless) Chromium, one browser for both journeys. First the
 * issue's own: HR publishes a new telework policy for the back office once a manager (reading Indonesian) signed
 * that version off; an accountant reading Indonesian acknowledges it, asks for two telework days and their manager
 * approves them; a front-desk agent is told the policy does not allow it. Then HR's and managers' views of the
 * handbook (the matrix, what if someone moved) and an approval that would leave the front desk short: refused,
 * then overridden with a reason. What a journey writes is removed after it, so that other tests read the demo's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HandbookAndArrangementsBrowserTest {

    static final String THREE_DAYS = "Telework in the back offices, three days";
    static final String AGUS_EXCEPTION = "Telework exception for Agus";

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    Handbook handbook;

    private final List<String> scriptErrors = new ArrayList<>();
    private final List<Long> filed = new ArrayList<>();
    /** The schedule a journey published for the front desk, removed after it. */
    private Long schedule;

    private Page open(String locale) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Page page = browsers.open(port, locale);
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(60_000);
        page.onPageError(scriptErrors::add);
        return page;
    }

    /** The arrangement's id from the page's address, noted for removal. */
    private long arrangementOn(Page page) {
        assertThat(page).hasURL(Pattern.compile(".*/arrangements/\\d+$"));
        Matcher id = Pattern.compile("/arrangements/(\\d+)$").matcher(page.url());
        assertThat(id.find()).isTrue();
        long arrangement = Long.parseLong(id.group(1));
        filed.add(arrangement);
        return arrangement;
    }

    @AfterEach
    void removeWhatTheJourneyWrote() {
        for (long id : filed) {
            jdbc.sql("delete from work_arrangement where id = ?").param(id).update();
            jdbc.sql("delete from notification where event_key like ?")
                    .param("arrangement:" + id + ":%")
                    .update();
        }
        filed.clear();
        if (schedule != null) {
            jdbc.sql("delete from schedule_published_shift where schedule_id = ?")
                    .param(schedule)
                    .update();
            jdbc.sql("delete from schedule where id = ?").param(schedule).update();
            schedule = null;
        }
        String added =
                "(select id from policy_version where title_en in ('" + THREE_DAYS + "', '" + AGUS_EXCEPTION + "'))";
        for (long version : jdbc.sql("select id from policy_version where id in " + added)
                .query(Long.class)
                .list()) {
            jdbc.sql("delete from notification where event_key like ?")
                    .param("policy:" + version + ":%")
                    .update();
        }
        jdbc.sql("delete from policy_acknowledgement where version_id in " + added)
                .update();
        jdbc.sql("delete from policy_reminder_run where version_id in " + added).update();
        List<Long> policies = jdbc.sql("select policy_id from policy_version where id in " + added)
                .query(Long.class)
                .list();
        jdbc.sql("delete from policy_version where id in " + added).update();
        for (long policy : policies) {
            if (jdbc.sql("select count(*) from policy_version where policy_id = ?")
                            .param(policy)
                            .query(Long.class)
                            .single()
                    == 0) {
                jdbc.sql("delete from policy where id = ?").param(policy).update();
            }
        }
    }

    @Test
    void hrPublishesTeleworkForTheBackOfficeWithASignOffAnAccountantGetsTwoDaysAndTheFrontDeskIsToldNo() {
        LocalDate today = LocalDate.now(calendars.zone());
        LocalDate tuesday = today.plusWeeks(13).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));

        // given HR in the handbook, on the back office's telework policy
        Page hr = open("en-US");
        Chromium.signIn(hr, "hr");
        Chromium.openMenu(hr, "People");
        hr.locator("#nav-policies-handbook").click();
        hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Telework in the back offices"))
                .click();
        assertThat(hr.locator("#policy-title")).hasText("Telework in the back offices");

        // when HR writes a new version allowing three days from today, it cannot be published unsigned
        hr.locator("#new-version").click();
        hr.locator("#titleEn").fill(THREE_DAYS);
        hr.locator("#titleId").fill("Kerja jarak jauh tiga hari di kantor belakang");
        hr.locator("#effectiveFrom").fill(today.toString());
        hr.locator("#teleworkDays").fill("3");
        hr.locator("#save-draft").click();
        assertThat(hr.locator(".alert-success")).containsText("The draft was saved.");
        Locator draft = hr.locator(".policy-version").first();
        assertThat(draft.locator(".sign-off")).hasText("Awaiting a manager's sign-off");
        draft.locator(".publish").click();
        assertThat(hr.locator(".alert-danger"))
                .containsText("published only once a manager has signed off this version");

        // a manager reading Indonesian finds it waiting and signs that version off
        Page manager = open("id-ID");
        Chromium.signIn(manager, "manager");
        manager.navigate("/policies/decisions");
        manager.locator("#awaiting-sign-off a", new Page.LocatorOptions().setHasText("Kerja jarak jauh tiga hari"))
                .click();
        manager.locator(".policy-version .sign-off-version").first().click();
        assertThat(manager.locator(".alert-success")).containsText("Anda menyetujui");
        assertThat(manager.locator(".policy-version").first().locator(".sign-off"))
                .containsText("Disetujui oleh manager");

        // then HR publishes it, for the back office, the older version still readable below it
        hr.reload();
        hr.locator(".policy-version .publish").first().click();
        assertThat(hr.locator(".alert-success")).containsText("Published: " + THREE_DAYS);
        assertThat(hr.locator(".policy-version")).hasCount(2);
        assertThat(hr.locator(".policy-version").first()).containsText("For: Back office");
        assertThat(hr.locator(".policy-version").first()).containsText("Allowed: up to 3 days a week.");
        assertThat(hr.locator(".policy-version").first()).containsText("Signed off by manager");

        // an accountant reading Indonesian finds it on their home page and acknowledges it with one click
        Page accountant = open("en-US");
        Chromium.signIn(accountant, "accountant");
        accountant.locator("#lang-id").click();
        assertThat(accountant.locator("#policies-to-acknowledge h2")).hasText("Kebijakan yang perlu dikonfirmasi");
        Locator card = accountant
                .locator(".to-acknowledge")
                .filter(new Locator.FilterOptions().setHasText("Kerja jarak jauh tiga hari di kantor belakang"));
        assertThat(card).hasCount(1);
        card.locator("button.acknowledge").click();
        assertThat(accountant.locator(".alert-success")).hasText("Terima kasih: sudah dikonfirmasi.");

        // the accountant asks for two telework days, as the new policy allows
        accountant.navigate("/arrangements");
        assertThat(accountant.locator("#allowance-telework"))
                .containsText("Kerja jarak jauh tiga hari di kantor belakang");
        accountant.locator("#kind").selectOption("TELEWORK");
        accountant.locator("#dates").fill(today + ", " + tuesday);
        accountant.locator("#note").fill("Year-end reconciliations at home");
        accountant.locator("#arrangement-file").click();
        long arrangement = arrangementOn(accountant);
        assertThat(accountant.locator("#arrangement-status")).hasText("Menunggu atasan");

        // Accounting's manager, reading Indonesian, sees coverage is not affected and approves
        Page backOffice = open("id-ID");
        Chromium.signIn(backOffice, "backoffice");
        backOffice.navigate("/arrangements");
        backOffice
                .locator("#report-arrangements a[href='/arrangements/" + arrangement + "']")
                .click();
        assertThat(backOffice.locator("#coverage-verdict"))
                .hasText("Tidak ada shift front office yang diterbitkan pada waktu ini: cakupan tidak terpengaruh.");
        backOffice.locator("#reason").fill("Silakan");
        backOffice.locator("#arrangement-approve").click();
        assertThat(backOffice.locator("#arrangement-status")).hasText("Disetujui");

        // the directory says the accountant works from home today
        backOffice.navigate("/people?q=Siti");
        assertThat(backOffice
                        .locator("#results tr", new Page.LocatorOptions().setHasText("Siti Rahmawati"))
                        .locator(".remote-today"))
                .hasText("bekerja dari rumah hari ini");

        // a front-desk agent is told the policy does not allow it
        Page agent = open("en-US");
        Chromium.signIn(agent, "agent");
        agent.navigate("/arrangements");
        assertThat(agent.locator("#allowance-telework"))
                .hasText("The policy \"On site at the counter\" does not allow you telework.");
        agent.locator("#kind").selectOption("TELEWORK");
        agent.locator("#dates").fill(tuesday.toString());
        agent.locator("#arrangement-file").click();
        assertThat(agent.locator("#kind-error"))
                .hasText("The policy \"On site at the counter\" does not allow you telework.");
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void theMatrixWhatIfAndAnApprovalThatLeavesTheFrontDeskShortOnlyWithAnOverride() {
        // the matrix: the uniform at the counter, smart casual in the back offices, in Indonesian
        Page manager = open("id-ID");
        Chromium.signIn(manager, "manager");
        manager.navigate("/policies/matrix");
        assertThat(manager.locator("#matrix-DRESS_CODE")).containsText("Seragam di konter");
        assertThat(manager.locator("#matrix-DRESS_CODE")).containsText("Rapi santai di kantor belakang");
        assertThat(manager.locator("#matrix-CONDUCT")).containsText("sama untuk semua");

        // what if the accountant became a front-desk agent: the dress code changes to the uniform
        Page hr = open("en-US");
        Chromium.signIn(hr, "hr");
        Chromium.openMenu(hr, "People");
        hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What if someone moved"))
                .click();
        hr.locator("#employeeId").selectOption(new SelectOption().setLabel("Siti Rahmawati"));
        hr.locator("#positionId").selectOption(new SelectOption().setLabel("Front Desk Agent"));
        hr.locator("#what-if-form button[type=submit]").click();
        assertThat(hr.locator("#what-if-changes")).containsText("Uniform at the counter");

        // the front-desk agent, by an exception HR made for him, may telework one day; he asks for a day he works
        long agus = jdbc.sql("select id from employee where email = 'agus.pratama@sinarmaju.example'")
                .query(Long.class)
                .single();
        LocalDate shiftDay = agusOnTheFrontDesk(agus);
        exceptionForAgus();
        Page agent = open("en-US");
        Chromium.signIn(agent, "agent");
        agent.navigate("/arrangements");
        agent.locator("#kind").selectOption("TELEWORK");
        agent.locator("#dates").fill(shiftDay.toString());
        agent.locator("#note").fill("Moving house");
        agent.locator("#arrangement-file").click();
        long arrangement = arrangementOn(agent);

        // an admin deciding for his manager sees the front desk would fall short; approving is refused without a
        // reason to override
        Page admin = open("id-ID");
        Chromium.signIn(admin, "admin");
        admin.navigate("/arrangements/" + arrangement);
        assertThat(admin.locator("#coverage-short")).isVisible();
        admin.locator("#arrangement-approve").click();
        assertThat(admin.locator("#overrideReason-error")).isVisible();
        assertThat(admin.locator("#arrangement-status")).hasText("Menunggu atasan");

        // then approves with a reason, which is recorded
        admin.locator("#overrideReason").fill("Pindah rumah; Rudi menggantikan");
        admin.locator("#arrangement-approve").click();
        assertThat(admin.locator("#arrangement-status")).hasText("Disetujui");
        assertThat(admin.locator("#override-reason")).containsText("Pindah rumah; Rudi menggantikan");
        assertThat(scriptErrors).isEmpty();
    }

    /**
     * A published front-desk shift of his on a Tuesday weeks ahead, 10:00 to 13:00, written as publishing writes it
     * (the tests solve no demo schedules); the front desk's requirement then comes from its forecast, as always.
     *
     * @return the day of the shift
     */
    private LocalDate agusOnTheFrontDesk(long agus) {
        java.time.ZoneId zone = calendars.zone();
        LocalDate tuesday = LocalDate.now(zone).plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        LocalDate monday = tuesday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long queue = jdbc.sql("select id from work_queue where name = 'Front desk'")
                .query(Long.class)
                .single();
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        org.springframework.jdbc.support.GeneratedKeyHolder key =
                new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into schedule (queue_id, monday, status, published_version, published_at, published_by,
                    requirement_source, problem, shortfalls, week_starts_at, week_ends_at, created_by, updated_at)
                values (?, ?, 'PUBLISHED', 1, ?, 'manager', 'TYPED', '{}', '[]', ?, ?, 'manager', ?)""")
                .params(
                        queue,
                        monday,
                        now,
                        java.sql.Timestamp.from(monday.atStartOfDay(zone).toInstant()),
                        java.sql.Timestamp.from(
                                monday.plusWeeks(1).atStartOfDay(zone).toInstant()),
                        now)
                .update(key, "id");
        schedule = key.getKey().longValue();
        jdbc.sql(
                        """
                insert into schedule_published_shift (schedule_id, employee_id, work_date, ordinal, shift_type,
                    starts, ends, starts_at, ends_at)
                values (?, ?, ?, 0, 'Front desk morning', ?, ?, ?, ?)""")
                .params(
                        schedule,
                        agus,
                        tuesday,
                        java.time.LocalTime.of(10, 0),
                        java.time.LocalTime.of(13, 0),
                        java.sql.Timestamp.from(
                                tuesday.atTime(10, 0).atZone(zone).toInstant()),
                        java.sql.Timestamp.from(
                                tuesday.atTime(13, 0).atZone(zone).toInstant()))
                .update();
        return tuesday;
    }

    /** HR's exception for the agent: one telework day a week, signed off and published. */
    private void exceptionForAgus() {
        long agus = jdbc.sql("select id from employee where email = 'agus.pratama@sinarmaju.example'")
                .query(Long.class)
                .single();
        SystemUser.run(() -> {
            PolicyVersionRef draft = handbook.newPolicy(
                    PolicyCategory.TELEWORK,
                    new PolicyDraft(
                            AGUS_EXCEPTION,
                            "Pengecualian kerja jarak jauh untuk Agus",
                            "One day a week while he moves house.",
                            "Satu hari seminggu selama pindah rumah.",
                            ScopeKind.EMPLOYEES,
                            List.of(String.valueOf(agus)),
                            LocalDate.now(calendars.zone()),
                            new ArrangementTerms(true, 1, null, null)));
            PolicyVersionRef signed = handbook.signOffVersion(draft.versionId(), draft.version());
            handbook.publish(signed.versionId(), signed.version());
        });
    }
}
