package dev.kantor.platform.security;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admins' accounts page and API, and every person's own password: who may do what, what a
 * disabled account and a temporary password mean for the person, and what the audit trail keeps.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountsPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** An account of back-office staff with no employee record, as an integration might use. */
    private String anAccount(String password) {
        String username = "acct-" + System.nanoTime();
        accounts.create(username, password, Role.STAFF, null);
        return username;
    }

    @Test
    void onlyAdminsReachTheAccountsPageAndApi() throws Exception {
        for (String user : new String[] {"hr", "manager", "agent", "accountant"}) {
            mvc.perform(get("/accounts").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/accounts/agent/disable").with(as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/accounts/agent/password-reset").with(as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/accounts").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
            mvc.perform(post("/api/accounts/agent/deactivation").with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/accounts/agent/password-reset").with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden());
        }
        assertThat(accounts.find("agent").orElseThrow().isEnabled()).isTrue();
        // and only admins see the page in the menu
        mvc.perform(get("/").with(as("hr"))).andExpect(content().string(not(containsString("href=\"/accounts\""))));
        mvc.perform(get("/").with(as("admin"))).andExpect(content().string(containsString("href=\"/accounts\"")));
    }

    @Test
    void anAdminSeesEveryAccountWithItsPersonInBothLanguages() throws Exception {
        mvc.perform(get("/accounts").with(as("admin")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("Last sign-in")))
                .andExpect(content().string(containsString("id=\"account-accountant\"")))
                .andExpect(content().string(containsString("Front-office agent")));
        mvc.perform(get("/accounts").with(as("admin")).header("Accept-Language", "id"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Terakhir masuk")))
                .andExpect(content().string(containsString("Nonaktifkan")));

        mvc.perform(get("/api/accounts").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.username == 'agent')].role").value("AGENT"))
                .andExpect(jsonPath("$.items[?(@.username == 'agent')].enabled").value(true))
                .andExpect(jsonPath("$.items[?(@.username == 'agent')].person").exists());
    }

    @Test
    void anAccountDisabledOnThePageIsSignedOutAndRefusedUntilEnabledAgain() throws Exception {
        String username = anAccount("staff-secret-1");
        Cookie session = mvc.perform(formLogin("/login").user(username).password("staff-secret-1"))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");

        mvc.perform(post("/accounts/" + username + "/disable").with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/accounts"))
                .andExpect(flash().attribute("success", containsString(username)));

        mvc.perform(get("/people").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin("/login").user(username).password("staff-secret-1"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/people").with(httpBasic(username, "staff-secret-1")))
                .andExpect(status().isUnauthorized());

        mvc.perform(post("/api/accounts/" + username + "/reactivation").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/people").with(httpBasic(username, "staff-secret-1")))
                .andExpect(status().isOk());
        assertThat(audited(username, "DEACTIVATED")).isOne();
        assertThat(audited(username, "REACTIVATED")).isOne();
    }

    @Test
    void anAdminCannotDisableTheirOwnAccountNorEnableOneWhoseEmployeeLeft() throws Exception {
        mvc.perform(post("/api/accounts/admin/deactivation").with(httpBasic("admin", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:kantor:problem:account-cannot-disable-self"));
        mvc.perform(post("/api/accounts/nobody-at-all/deactivation").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
        assertThat(accounts.find("admin").orElseThrow().isEnabled()).isTrue();

        // an employee who left keeps their account disabled until HR says they are back
        String username = "left-" + System.nanoTime();
        long employeeId = employeeWithAccount(username);
        mvc.perform(post("/api/people/" + employeeId + "/deactivation").with(httpBasic("hr", "demo")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/accounts/" + username + "/reactivation").with(httpBasic("admin", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:kantor:problem:account-employee-inactive"));
        assertThat(accounts.find(username).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void reactivatingAnEmployeeLeavesAnAccountAnAdminDisabledOnPurposeDisabled() throws Exception {
        String username = "suspended-" + System.nanoTime();
        long employeeId = employeeWithAccount(username);
        mvc.perform(post("/api/accounts/" + username + "/deactivation").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());

        mvc.perform(post("/api/people/" + employeeId + "/deactivation").with(httpBasic("hr", "demo")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/people/" + employeeId + "/reactivation").with(httpBasic("hr", "demo")))
                .andExpect(status().isOk());

        assertThat(accounts.find(username).orElseThrow().isEnabled()).isFalse();
    }

    /** A new employee of the demo company with an account of their own. */
    private long employeeWithAccount(String username) throws Exception {
        long position = jdbc.sql("select id from job_position where code = 'front-desk-agent'")
                .query(Long.class)
                .single();
        String created = mvc.perform(post("/api/people")
                        .with(httpBasic("hr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"fullName": "Dewi Lestari", "email": "%s@example.com", "positionId": %d,
                                 "hiredOn": "2026-01-05", "languages": ["id"]}"""
                                        .formatted(username, position)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long employeeId = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        accounts.create(username, "agent-secret-1", Role.AGENT, employeeId);
        return employeeId;
    }

    @Test
    void aTemporaryPasswordIsShownOnceAndItsPersonMustChooseTheirOwnBeforeAnythingElse() throws Exception {
        // given an account whose person forgot their password
        String username = anAccount("forgotten-secret");

        // when an admin resets it, Kantor chooses a temporary password and shows it this once
        String answer = mvc.perform(
                        post("/api/accounts/" + username + "/password-reset").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String temporary = JsonMapper.builder()
                .build()
                .readTree(answer)
                .get("temporaryPassword")
                .asString();
        assertThat(temporary).hasSize(14);
        mvc.perform(get("/api/people").with(httpBasic(username, "forgotten-secret")))
                .andExpect(status().isUnauthorized());

        // then signing in with it leads to the change page, and every other page leads there too
        Cookie session = mvc.perform(formLogin("/login").user(username).password(temporary))
                .andExpect(redirectedUrl("/account/password"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/people").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(session).header("Accept-Language", "id"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kata sandi sementara")));
        mvc.perform(get("/api/people").with(httpBasic(username, temporary)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kantor:problem:password-change-required"));

        // and once they chose their own, they go on in the same session, and sign in with it
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", temporary)
                        .param("newPassword", "my-own-secret-9")
                        .param("repeatPassword", "my-own-secret-9"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/people").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/people").with(httpBasic(username, "my-own-secret-9")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/people").with(httpBasic(username, temporary))).andExpect(status().isUnauthorized());
        assertThat(audited(username, "PASSWORD_RESET")).isOne();
        assertThat(audited(username, "PASSWORD_CHANGED")).isOne();
        // the audit trail keeps that it happened, never the password
        assertThat(jdbc.sql("select count(*) from audit_event where changes like ?")
                        .param("%" + temporary + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anAdminMayChooseTheTemporaryPasswordOnThePage() throws Exception {
        String username = anAccount("old-secret-22");

        mvc.perform(post("/accounts/" + username + "/password-reset")
                        .param("password", "short")
                        .with(as("admin"))
                        .with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(redirectedUrl("/accounts"))
                .andExpect(flash().attribute("failure", containsString("At least 10 characters")));
        mvc.perform(post("/accounts/" + username + "/password-reset")
                        .param("password", "chosen-by-admin")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", containsString("chosen-by-admin")));

        assertThat(accounts.find(username).orElseThrow().passwordChangeRequired())
                .isTrue();
        mvc.perform(formLogin("/login").user(username).password("chosen-by-admin"))
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void everyoneChangesTheirOwnPasswordGivingTheCurrentOne() throws Exception {
        String username = anAccount("current-secret-1");
        Cookie session = mvc.perform(formLogin("/login").user(username).password("current-secret-1"))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");

        // a wrong current password, or two new ones that differ, change nothing
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("currentPassword", "not-my-password")
                        .param("newPassword", "next-secret-22")
                        .param("repeatPassword", "next-secret-22"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is not your current password.")));
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .header("Accept-Language", "id")
                        .param("currentPassword", "current-secret-1")
                        .param("newPassword", "next-secret-22")
                        .param("repeatPassword", "next-secret-33"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kedua kata sandi baru tidak sama.")));
        mvc.perform(get("/api/people").with(httpBasic(username, "current-secret-1")))
                .andExpect(status().isOk());

        // through the API as well
        mvc.perform(put("/api/account/password")
                        .with(httpBasic(username, "current-secret-1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"current-secret-1\", \"newPassword\": \"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
        mvc.perform(put("/api/account/password")
                        .with(httpBasic(username, "current-secret-1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"current-secret-1\", \"newPassword\": \"next-secret-22\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/people").with(httpBasic(username, "next-secret-22")))
                .andExpect(status().isOk());
        // the sessions signed in with the old password are over
        mvc.perform(get("/people").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aRefusedPasswordChangeMarksTheFieldAndNeverShowsAPasswordTyped() throws Exception {
        String username = anAccount("marked-secret-1");
        Cookie session = mvc.perform(formLogin("/login").user(username).password("marked-secret-1"))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");

        String page = mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("currentPassword", "marked-secret-1")
                        .param("newPassword", "first-choice-22")
                        .param("repeatPassword", "second-choice-33"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        org.jsoup.nodes.Element repeat = html.getElementById("repeatPassword");
        assertThat(repeat.attr("aria-invalid")).isEqualTo("true");
        assertThat(repeat.attr("aria-describedby")).isEqualTo("repeatPassword-error");
        assertThat(html.getElementById("repeatPassword-error").text()).isEqualTo("The two new passwords differ.");
        assertThat(html.selectFirst("label[for=repeatPassword]")).isNotNull();
        assertThat(page).doesNotContain("marked-secret-1", "first-choice-22", "second-choice-33");
    }

    private long audited(String username, String action) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'account' and entity_name = ? "
                        + "and action = ?")
                .params(username, action)
                .query(Long.class)
                .single();
    }
}
