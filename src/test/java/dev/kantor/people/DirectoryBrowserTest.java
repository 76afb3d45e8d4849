package dev.kantor.people;

import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kantor.support.Browsers;
import dev.kantor.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people directory as a person uses it, in a real (headless) Chromium against the running app:
 * live filtering with htmx, the language switch, a rejected edit and a refused one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryBrowserTest {

    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    private Page page;

    @BeforeEach
    void openContext() {
        // English browser, so the pages start in English whatever the machine's language is.
        page = browsers.open(port, "en-US");
    }

    @Test
    void filteringByFrontOfficeShowsOnlyFrontOfficePeopleWithoutReloadingThePage() {
        // given HR looking at the whole directory
        Chromium.signIn(page, "hr");
        page.navigate("/people");
        Locator count = page.locator("#result-count");
        assertThat(count).hasText(Pattern.compile("\\d+ people"));
        String everyoneText = count.textContent().strip();
        int everyone = numberIn(everyoneText);
        // a marker on the window survives an htmx swap but not a full page load
        page.evaluate("window.kantorSamePage = true");

        // when they choose Front office, which htmx sends as a partial request
        Response filtered = page.waitForResponse(
                r -> r.url().contains("office=FRONT") && r.request().headers().containsKey("hx-request"),
                () -> page.locator("#office").selectOption("FRONT"));

        // then the results shrink to front-office people only
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(count).not().hasText(everyoneText);
        int frontOffice = numberIn(count.textContent());
        assertThat(frontOffice).isPositive().isLessThan(everyone);
        Locator rows = page.locator("#directory-table tbody tr");
        assertThat(rows).hasCount(Math.min(frontOffice, 25));
        List<String> badges =
                page.locator("#directory-table tbody tr td:nth-child(4) .badge").allTextContents();
        assertThat(badges).hasSize(Math.min(frontOffice, 25)).allSatisfy(b -> assertThat(b.strip())
                .isEqualTo("Front office"));
        // and the filter is in the address bar, so the filtered list can be bookmarked and shared
        assertThat(page).hasURL(Pattern.compile("/people\\?(.*&)?office=FRONT(&|$)"));
        assertThat(page.evaluate("window.kantorSamePage === true")).isEqualTo(true);

        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("/tmp/directory.png"))
                .setFullPage(true));

        // and the next page, if there is one, keeps the filter
        if (frontOffice > 25) {
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Next").setExact(true))
                    .click();
            assertThat(page).hasURL(Pattern.compile("[?&]page=1(&|$)"));
            assertThat(count).hasText(frontOffice + " people");
            assertThat(rows).hasCount(Math.min(frontOffice - 25, 25));
            assertThat(page.locator("#directory-table tbody tr td:nth-child(4) .badge")
                            .allTextContents())
                    .allSatisfy(b -> assertThat(b.strip()).isEqualTo("Front office"));
        }
    }

    @Test
    void bahasaIndonesiaChosenInTheMenuSticksOnOtherPages() {
        // given someone reading the directory in English
        Chromium.signIn(page, "agent");
        page.navigate("/people");
        assertThat(heading(page)).hasText("People");

        // when they choose Bahasa Indonesia
        chooseLanguage(page, "id");

        // then the same page comes back in Indonesian
        assertThat(page).hasURL(Pattern.compile("/people$"));
        assertThat(heading(page)).hasText("Karyawan");
        assertThat(page.locator("html")).hasAttribute("lang", "id");
        Locator header = page.locator("#directory-table thead");
        assertThat(header).containsText("Jabatan");
        assertThat(header).containsText("Atasan");
        assertThat(page.locator("#result-count")).hasText(Pattern.compile("\\d+ orang"));
        assertThat(page.locator("#lang-id")).hasClass(Pattern.compile("\\bactive\\b"));

        // and other pages, reached from the menu, stay in Indonesian (the choice is kept in a cookie)
        Locator menu = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu utama"));
        Chromium.openMenu(page, "Karyawan");
        menu.getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Keahlian").setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile("/skills$"));
        assertThat(heading(page)).hasText("Keahlian");
        page.navigate("/people/1");
        assertThat(page.locator("html")).hasAttribute("lang", "id");
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            en | Nothing was saved. Please correct the marked fields.    | Required.    | Not a valid e-mail address.
            id | Tidak ada yang disimpan. Perbaiki kolom yang ditandai. | Wajib diisi. | Alamat e-mail tidak valid.
            """)
    void invalidEditShowsLocalizedErrorsAndSavesNothing(
            String language, String alert, String nameMessage, String emailMessage) {
        // given HR on the edit form of the first employee in the directory, in the language under test
        Chromium.signIn(page, "hr");
        page.navigate("/people");
        chooseLanguage(page, language);
        page.locator("#directory-table tbody tr td:first-child a").first().click();
        assertThat(page).hasURL(Pattern.compile("/people/\\d+$"));
        String employeePage = page.url();
        String name = heading(page).textContent().strip();
        String email = page.locator("main a[href^='mailto:']").textContent().strip();
        page.locator("#edit-employee").click();
        assertThat(page.locator("#fullName")).hasValue(name);

        // when they blank the name and type an invalid e-mail address
        page.locator("#fullName").fill("");
        page.locator("#email").fill("not-an-email");
        page.locator("#save").click();

        // then the form comes back with the problems, in that language, next to the fields
        assertThat(page.locator("#form-errors")).hasText(alert);
        assertThat(page.locator("#fullName")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(fieldMessage(page, "fullName")).hasText(nameMessage);
        assertThat(page.locator("#email")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(fieldMessage(page, "email")).hasText(emailMessage);
        // and what they typed is still there to correct
        assertThat(page.locator("#email")).hasValue("not-an-email");

        // and nothing was saved
        page.navigate(employeePage);
        assertThat(heading(page)).hasText(name);
        assertThat(page.locator("main a[href^='mailto:']")).hasText(email);
    }

    @Test
    void agentOpeningTheEditFormSeesTheLocalizedNotAllowedPageInsteadOfTheForm() {
        // given an agent, who may read the directory but not change it, reading Kantor in Indonesian
        Chromium.signIn(page, "agent");
        chooseLanguage(page, "id");

        // when they type the address of an edit form
        Response response = page.navigate("/people/1/edit");

        // then they are refused, on Kantor's own error page in their language, and see no form
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("main")).containsText("Anda tidak diizinkan melihat atau melakukan ini.");
        assertThat(page.locator("#fullName")).hasCount(0);
        assertThat(page.locator("#save")).hasCount(0);
        // and switching to English on the error page gives the same refusal in English
        chooseLanguage(page, "en");
        assertThat(page).hasURL(Pattern.compile("/people/1/edit$"));
        assertThat(page.locator("main")).containsText("You are not allowed to see or do this.");
        assertThat(page.locator("#fullName")).hasCount(0);
        // nor is there an edit button to get there from the employee's page
        page.navigate("/people/1");
        assertThat(heading(page)).isVisible();
        assertThat(page.locator("#edit-employee")).hasCount(0);
    }

    /** Switches language with the navbar link, which returns to the current page. */
    private static void chooseLanguage(Page page, String language) {
        page.locator("#lang-" + language).click();
        assertThat(page.locator("html")).hasAttribute("lang", language);
    }

    private static Locator heading(Page page) {
        return page.locator("main h1");
    }

    /** The message Bootstrap shows under a field: the feedback element next to it. */
    private static Locator fieldMessage(Page page, String field) {
        return page.locator("#" + field + " ~ .invalid-feedback");
    }

    private static int numberIn(String text) {
        Matcher m = FIRST_NUMBER.matcher(text);
        assertThat(m.find()).as("a number in '%s'", text).isTrue();
        return Integer.parseInt(m.group());
    }
}
