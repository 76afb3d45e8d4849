package dev.kantor.policies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * The handbook in a real (headless) Chromium: HR publishes a new version of the back office's telework policy from
 * the handbook, and an accountant, reading Kantor in Bahasa Indonesia, acknowledges it from their home page with
 * one click. The new version is removed afterwards, so that other tests read the demo's handbook.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PoliciesBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheNewVersion() {
        String added = "(select id from policy_version where title_en = 'Telework in the back offices, three days')";
        jdbc.sql("delete from policy_acknowledgement where version_id in " + added)
                .update();
        jdbc.sql("delete from policy_reminder_run where version_id in " + added).update();
        jdbc.sql("delete from policy_version where id in " + added).update();
    }

    @Test
    void hrPublishesTeleworkForTheBackOfficeAndAnAccountantAcknowledgesItInIndonesian() {
        List<String> scriptErrors = new ArrayList<>();

        // given HR in the handbook, on the back office's telework policy
        Page hr = browsers.open(port, "en-US");
        hr.onPageError(scriptErrors::add);
        Chromium.signIn(hr, "hr");
        Chromium.openMenu(hr, "People");
        hr.locator("#nav-policies-handbook").click();
        hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Telework in the back offices"))
                .click();
        assertThat(hr.locator("#policy-title")).hasText("Telework in the back offices");

        // when HR writes a new version allowing three days from today and publishes it
        hr.locator("#new-version").click();
        hr.locator("#titleEn").fill("Telework in the back offices, three days");
        hr.locator("#titleId").fill("Kerja jarak jauh tiga hari di kantor belakang");
        hr.locator("#effectiveFrom").fill(LocalDate.now().toString());
        hr.locator("#teleworkDays").fill("3");
        hr.locator("#save-draft").click();
        assertThat(hr.locator(".alert-success")).containsText("The draft was saved.");
        hr.locator(".policy-version .publish").click();

        // then it is published, for the back office, with the older version still readable below it
        assertThat(hr.locator(".alert-success")).containsText("Published: Telework in the back offices, three days");
        assertThat(hr.locator(".policy-version")).hasCount(2);
        assertThat(hr.locator(".policy-version").first()).containsText("For: Back office");
        assertThat(hr.locator(".policy-version").first()).containsText("Allowed: up to 3 days a week.");

        // and an accountant who reads Kantor in Bahasa Indonesia finds it on their home page
        Page accountant = browsers.open(port, "en-US");
        accountant.onPageError(scriptErrors::add);
        Chromium.signIn(accountant, "accountant");
        accountant.locator("#lang-id").click();
        assertThat(accountant.locator("#policies-to-acknowledge h2")).hasText("Kebijakan yang perlu dikonfirmasi");
        var card = accountant
                .locator(".to-acknowledge")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("Kerja jarak jauh tiga hari di kantor belakang"));
        assertThat(card).hasCount(1);

        // when they acknowledge it with one click
        card.locator("button.acknowledge").click();

        // then Kantor thanks them in their language and no longer asks
        assertThat(accountant.locator(".alert-success")).hasText("Terima kasih: sudah dikonfirmasi.");
        assertThat(accountant
                        .locator(".to-acknowledge")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText("Kerja jarak jauh tiga hari di kantor belakang")))
                .hasCount(0);
        assertThat(scriptErrors).isEmpty();
    }
}
