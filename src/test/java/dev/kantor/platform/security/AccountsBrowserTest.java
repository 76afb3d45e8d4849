package dev.kantor.platform.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts as an admin and the person behind one use them, in a real (headless) Chromium: a
 * temporary password given out on the accounts page and replaced at the next sign-in, and an
 * account disabled while its person has Kantor open. Same application as
 * {@link SecurityHeadersBrowserTest}, so both share one start.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class AccountsBrowserTest {

    private static final Pattern TEMPORARY = Pattern.compile("\\b([a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4})\\b");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    private static void signIn(Page page, String username, String password) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("main form button[type=submit]").click();
    }

    private Locator row(Page page, String username) {
        return page.locator("#account-" + username);
    }

    @Test
    void anAdminGivesOutATemporaryPasswordAndThePersonChoosesTheirOwnAtTheNextSignIn() {
        // given a colleague who forgot their password
        String username = "lupa-" + System.nanoTime();
        accounts.create(username, "forgotten-secret", Role.STAFF, null);

        // when the admin resets it on the accounts page, reached from the menu
        Page admin = browsers.open(port, "en-US");
        Chromium.signIn(admin, "admin");
        Chromium.openMenu(admin, "Administration");
        admin.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Accounts").setExact(true))
                .click();
        row(admin, username)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reset password"))
                .click();

        // then the page shows the temporary password, once
        Locator told = admin.locator(".flash .alert-success");
        assertThat(told).containsText("shown only this once");
        Matcher temporary = TEMPORARY.matcher(told.textContent());
        assertThat(temporary.find()).isTrue();
        assertThat(row(admin, username)).containsText("Temporary password");
        admin.reload();
        assertThat(admin.locator(".flash .alert-success")).hasCount(0);

        // and the colleague, reading Kantor in Bahasa Indonesia, must choose their own before anything else
        Page person = browsers.open(port, "id-ID");
        signIn(person, username, temporary.group(1));
        assertThat(person).hasURL(Pattern.compile("/account/password$"));
        assertThat(person.locator("#password-required")).containsText("kata sandi sementara");
        person.navigate("/people");
        assertThat(person).hasURL(Pattern.compile("/account/password$"));

        person.locator("#currentPassword").fill(temporary.group(1));
        person.locator("#newPassword").fill("pilihan-sendiri-7");
        person.locator("#repeatPassword").fill("pilihan-sendiri-7");
        person.locator("#change").click();
        assertThat(person.locator(".flash .alert-success")).containsText("Kata sandi Anda telah diganti");
        person.navigate("/people");
        assertThat(person).hasURL(Pattern.compile("/people$"));
    }

    @Test
    void anAccountDisabledWhileItsPersonHasKantorOpenIsSignedOutAtTheNextClick() {
        String username = "keluar-" + System.nanoTime();
        accounts.create(username, "staff-secret-8", Role.STAFF, null);
        Page person = browsers.open(port, "id-ID");
        signIn(person, username, "staff-secret-8");
        assertThat(person).hasURL(Pattern.compile("/$"));

        // the admin disables the account, saying yes to the question
        Page admin = browsers.open(port, "en-US");
        Chromium.signIn(admin, "admin");
        admin.navigate("/accounts");
        admin.onceDialog(dialog -> {
            assertThat(dialog.message()).contains(username);
            dialog.accept();
        });
        row(admin, username)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Disable"))
                .click();
        assertThat(admin.locator(".flash .alert-success")).containsText("sessions have ended");
        assertThat(row(admin, username)).containsText("Disabled");

        // the person's next click leads to the sign-in page, where their password no longer works
        person.navigate("/people");
        assertThat(person).hasURL(Pattern.compile("/login$"));
        signIn(person, username, "staff-secret-8");
        assertThat(person).hasURL(Pattern.compile("/login\\?error$"));
    }
}
