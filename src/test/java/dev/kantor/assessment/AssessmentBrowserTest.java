package dev.kantor.assessment;

import java.util.Map;
import java.util.regex.Pattern;

import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Which office suits me" as an accountant and HR use it, in a real (headless) Chromium: the
 * accountant takes the self-assessment in Bahasa Indonesia, reads that the front office suits them
 * on several dimensions, shares the result with HR; HR then finds them among the matches for the
 * front desk.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentBrowserTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Test
    void anAccountantFindsTheFrontOfficeSuitsThemSharesItAndHrSeesThemAmongTheFrontDeskMatches() {
        // the accountant, in Bahasa Indonesia, opens the self-assessment from the menu
        Page accountant = browsers.open(port, "id-ID");
        Chromium.signIn(accountant, "accountant");
        accountant.locator("#lang-id").click();
        accountant.waitForURL(Pattern.compile(".*/$"));
        Chromium.openMenu(accountant, "Karyawan");
        accountant.locator("#nav-assessment").click();
        assertThat(accountant.locator("h1")).hasText("Kantor mana yang cocok untuk saya?");
        assertThat(accountant.locator("#assessment-disclaimer")).containsText("bukan tes klinis");
        accountant.locator("#take-assessment").click();

        // and answers as someone drawn to people, listening and communication would
        for (Map.Entry<Integer, Integer> answer : AssessmentApiContract.front().entrySet()) {
            accountant
                    .locator("#answer-" + answer.getKey() + "-" + answer.getValue())
                    .check();
        }
        accountant.locator("#submit-answers").click();

        // the result says where the answers point, and why, per dimension
        assertThat(accountant).hasURL(Pattern.compile(".*/assessment/results/\\d+$"));
        assertThat(accountant.locator("#overall")).containsText("Jawaban Anda mengarah ke front office");
        int front =
                accountant.locator("#dimension-scores tr[data-points=FRONT]").count();
        assertThat(front).isGreaterThanOrEqualTo(3);
        assertThat(accountant.locator("#dimension-scores")).containsText("Senang berinteraksi dengan orang");

        // shared with HR
        accountant.locator("#to-sharing").click();
        accountant.locator("#share-HR").click();
        assertThat(accountant.locator("#sharing-state")).containsText("SDM");

        // HR looks for the front desk's matches among the people who shared their result
        Page hr = browsers.open(port, "en-US");
        Chromium.signIn(hr, "hr");
        Chromium.openMenu(hr, "People");
        hr.locator("#nav-assessment-matches").click();
        hr.locator("#position")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Front Desk Agent"));
        hr.locator("#shared").check();
        hr.locator("#show-matches").click();
        assertThat(hr.locator("h1")).hasText("Matches for Front Desk Agent");
        assertThat(hr.locator("#matches")).containsText("Siti Rahmawati");
        assertThat(hr.locator("#matches tr[data-person='Siti Rahmawati']")).containsText("In the wished range:");
        assertThat(hr.getByRole(AriaRole.NOTE)).containsText("not a clinical or hiring test");
    }
}
