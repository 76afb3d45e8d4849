package dev.kantor.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A sign-in lives in the database, not in one node's memory: whichever node the load balancer
 * picks finds it there, and a session removed from the database is gone everywhere. Runs on H2
 * and on PostgreSQL through its subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class SignInSessionsContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignInIsStoredInTheDatabaseAndEndsWhenItsRowIsRemoved() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("hr").password("demo"))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("the session cookie").isNotNull();
        assertThat(storedSessionsOf("hr")).isPositive();

        mvc.perform(get("/people").cookie(session)).andExpect(status().isOk());

        jdbc.sql("delete from spring_session where principal_name = ?").param("hr").update();
        // a browser asking for the page is sent to sign in again
        mvc.perform(get("/people").cookie(session).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void signingOutRemovesTheStoredSession() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("manager").password("demo"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(storedSessionsOf("manager")).isPositive();

        mvc.perform(post("/logout").cookie(session).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login?logout"));

        assertThat(storedSessionsOf("manager")).isZero();
    }

    private long storedSessionsOf(String user) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(user)
                .query(Long.class).single();
    }
}
