package dev.kantor.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.servlet.http.Cookie;

import dev.kantor.platform.ReplayableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A sign-in lives in the database, not in one node's memory: whichever node the load balancer
 * picks finds it there, and a session removed from the database is gone everywhere. An employee
 * who leaves loses every way in at once, and password guessing is slowed down for everyone
 * behind the same account or address. Runs on H2 and on PostgreSQL through its subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class SignInSessionsContract {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Clock clock;

    @Test
    void aSignInIsStoredInTheDatabaseAndEndsWhenItsRowIsRemoved() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("hr").password("demo"))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).as("the session cookie").isNotNull();
        assertThat(storedSessionsOf("hr")).isPositive();

        mvc.perform(get("/people").cookie(session)).andExpect(status().isOk());

        jdbc.sql("delete from spring_session where principal_name = ?")
                .param("hr")
                .update();
        // a browser asking for the page is sent to sign in again
        mvc.perform(get("/people").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aUsernameNoAccountCouldHaveIsRefusedLikeAWrongPassword() throws Exception {
        // PostgreSQL refuses a NUL even in a lookup: the name must never reach the database
        // (the form trims what surrounds a name, as Spring Security does, so these sit inside it)
        for (String name : new String[] {"ad\u0000min", "adm\u0001in", "ad\ud800min"}) {
            mvc.perform(get("/api/people").with(httpBasic(name, "demo"))).andExpect(status().isUnauthorized());
            mvc.perform(post("/login")
                            .param("username", name)
                            .param("password", "demo")
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrlPattern("/login?error*"));
        }
    }

    @Test
    void requestsArrivingTogetherWithTheRightPasswordAreAllLetIn() throws Exception {
        // a client's parallel calls before Kantor remembers the password: more than the account's tries
        List<java.util.concurrent.Callable<Integer>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(() -> mvc.perform(get("/api/ping").with(httpBasic("accountant", "demo")))
                    .andReturn()
                    .getResponse()
                    .getStatus());
        }
        assertThat(dev.kantor.support.AtOnce.run(calls)).containsOnly(200);
    }

    @Test
    void signingOutRemovesTheStoredSession() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("manager").password("demo"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(storedSessionsOf("manager")).isPositive();

        mvc.perform(post("/logout").cookie(session).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login?logout"));

        assertThat(storedSessionsOf("manager")).isZero();
    }

    @Test
    void anEmployeeWhoIsDeactivatedLosesTheFormTheOpenSessionAndTheApi() throws Exception {
        // given an employee with an account, signed in with the form and calling the API
        String username = "leaver-" + System.nanoTime();
        long employeeId = employeeWithAccount(username, "first-secret-1");
        Cookie session = signIn(username, "first-secret-1");
        mvc.perform(get("/people").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/people").with(httpBasic(username, "first-secret-1")))
                .andExpect(status().isOk());

        // when HR deactivates the employee
        mvc.perform(post("/api/people/" + employeeId + "/deactivation").with(httpBasic("hr", "demo")))
                .andExpect(status().isOk());

        // then the open session is over on the next request, on every node
        assertThat(storedSessionsOf(username)).isZero();
        mvc.perform(get("/people").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        // and neither the form nor HTTP Basic lets them in, even with a password checked a moment ago
        mvc.perform(formLogin("/login").user(username).password("first-secret-1"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/people").with(httpBasic(username, "first-secret-1")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anEmployeeWhoIsReactivatedSignsInAgain() throws Exception {
        String username = "returner-" + System.nanoTime();
        long employeeId = employeeWithAccount(username, "first-secret-2");
        mvc.perform(post("/api/people/" + employeeId + "/deactivation").with(httpBasic("hr", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/people").with(httpBasic(username, "first-secret-2")))
                .andExpect(status().isUnauthorized());

        mvc.perform(post("/api/people/" + employeeId + "/reactivation").with(httpBasic("hr", "demo")))
                .andExpect(status().isOk());

        mvc.perform(get("/api/people").with(httpBasic(username, "first-secret-2")))
                .andExpect(status().isOk());
        signIn(username, "first-secret-2");
    }

    @Test
    void afterFiveWrongPasswordsTheApiRefusesEvenTheRightOneUntilTheWaitIsOver() throws Exception {
        // given an account and someone guessing its password from one address
        String username = "guessed-" + System.nanoTime();
        employeeWithAccount(username, "right-secret-3");
        RequestPostProcessor from = from(anAddress());
        Instant guessing = clock.instant();
        at(guessing, () -> {
            for (int i = 0; i < 5; i++) {
                mvc.perform(get("/api/people")
                                .with(httpBasic(username, "wrong-" + i))
                                .with(from))
                        .andExpect(status().isUnauthorized());
            }
            return null;
        });

        // then the right password is refused for a while, with a problem saying how long to wait
        String body = at(guessing, () -> mvc.perform(get("/api/people")
                        .with(httpBasic(username, "right-secret-3"))
                        .with(from)
                        .header("Accept-Language", "id"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode problem = JsonMapper.builder().build().readTree(body);
        assertThat(problem.get("type").asString()).isEqualTo("urn:kantor:problem:too-many-sign-in-attempts");
        assertThat(problem.get("title").asString()).contains("Terlalu banyak");
        // from another address too: the account itself is slowed down
        at(guessing, () -> mvc.perform(get("/api/people")
                        .with(httpBasic(username, "right-secret-3"))
                        .with(from(anAddress())))
                .andExpect(status().isTooManyRequests()));
        assertThat(auditedThrottling("account", username)).isOne();

        // and accepted once the wait is over
        at(guessing.plusSeconds(31), () -> mvc.perform(get("/api/people")
                        .with(httpBasic(username, "right-secret-3"))
                        .with(from))
                .andExpect(status().isOk()));
    }

    @Test
    void afterFiveWrongPasswordsTheSignInPageSaysToWaitThenLetsThePersonIn() throws Exception {
        String username = "hurried-" + System.nanoTime();
        employeeWithAccount(username, "right-secret-4");
        RequestPostProcessor from = from(anAddress());
        Instant guessing = clock.instant();
        String waitPage = at(guessing, () -> {
            for (int i = 0; i < 5; i++) {
                mvc.perform(signInForm(username, "wrong-" + i, from)).andExpect(redirectedUrl("/login?error"));
            }
            return mvc.perform(signInForm(username, "right-secret-4", from))
                    .andExpect(redirectedUrl("/login?throttled=30"))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
        });
        mvc.perform(get(waitPage).header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Too many failed sign-ins")));
        mvc.perform(get(waitPage).header("Accept-Language", "id"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Terlalu banyak")));

        at(guessing.plusSeconds(31), () -> mvc.perform(signInForm(username, "right-secret-4", from))
                .andExpect(redirectedUrl("/")));
    }

    @Test
    void oneAddressGuessingAcrossManyAccountsIsSlowedDownAndASuccessDoesNotForgiveIt() throws Exception {
        // given an address that tries a wrong password on many accounts, one each, within a moment
        String address = anAddress();
        RequestPostProcessor from = from(address);
        String username = "bystander-" + System.nanoTime();
        employeeWithAccount(username, "right-secret-5");
        at(clock.instant(), () -> {
            for (int i = 0; i < 29; i++) {
                mvc.perform(get("/api/people")
                                .with(httpBasic("nobody-" + i, "wrong"))
                                .with(from))
                        .andExpect(status().isUnauthorized());
            }
            // a right password in between does not reset what the address has spent
            mvc.perform(get("/api/people")
                            .with(httpBasic(username, "right-secret-5"))
                            .with(from))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/people").with(httpBasic("nobody-29", "wrong")).with(from))
                    .andExpect(status().isUnauthorized());

            // then the address is refused, even with a right password
            mvc.perform(get("/api/people")
                            .with(httpBasic(username, "right-secret-5"))
                            .with(from))
                    .andExpect(status().isTooManyRequests());
            // while the account itself, from elsewhere, is not
            mvc.perform(get("/api/people")
                            .with(httpBasic(username, "right-secret-5"))
                            .with(from(anAddress())))
                    .andExpect(status().isOk());
            return null;
        });
        assertThat(auditedThrottling("client-address", address)).isOne();
    }

    /** Runs requests at a moment of the application clock, however long they take to run here. */
    private static <T> T at(Instant moment, Callable<T> requests) {
        return ReplayableClock.at(moment, () -> {
            try {
                return requests.call();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    private static MockHttpServletRequestBuilder signInForm(
            String username, String password, RequestPostProcessor from) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from);
    }

    private static String anAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (System.nanoTime() % 200) + "." + n % 250;
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private Cookie signIn(String username, String password) throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    /** A new employee of the demo company with an account of their own. */
    private long employeeWithAccount(String username, String password) throws Exception {
        long position = jdbc.sql("select id from job_position where code = 'front-desk-agent'")
                .query(Long.class)
                .single();
        MockHttpServletRequestBuilder hire = post("/api/people")
                .with(httpBasic("hr", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        """
                        {"fullName": "Sari Wulandari", "email": "%s@example.com", "positionId": %d,
                         "hiredOn": "2026-01-05", "languages": ["id"]}"""
                                .formatted(username, position));
        String created = mvc.perform(hire)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long employeeId = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        accounts.create(username, password, Role.AGENT, employeeId);
        return employeeId;
    }

    private long auditedThrottling(String type, String name) {
        return jdbc.sql("select count(*) from audit_event where entity_type = ? and entity_name = ? and action = ?")
                .params(type, name, "SIGN_IN_THROTTLED")
                .query(Long.class)
                .single();
    }

    private long storedSessionsOf(String user) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(user)
                .query(Long.class)
                .single();
    }
}
