package dev.kantor.policies.handbook;

import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.Cookie;

import dev.kantor.platform.security.UserAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The policy pages on the demo handbook: who may open which (employees neither write nor publish nor decide; the
 * handbook is HR's), and the pages in both languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PolicyPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private String html(MockHttpServletRequestBuilder request, String username, String language) throws Exception {
        return mvc.perform(request.with(as(username)).cookie(new Cookie("kantor-language", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void employeesNeitherOpenTheHandbookNorWriteNorPublishNorDecide() throws Exception {
        mvc.perform(get("/policies").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/policies/new").with(as("accountant"))).andExpect(status().isForbidden());
        mvc.perform(post("/policies/new").with(as("agent")).with(csrf()).param("titleEn", "Mine"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/policies/versions/1/publish")
                        .with(as("agent"))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/policies/decisions/DRESS_CODE")
                        .with(as("accountant"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/policies/matrix").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/policies/acknowledgements").with(as("manager"))).andExpect(status().isForbidden());
        // only a manager signs off a version: neither HR nor an agent
        mvc.perform(post("/policies/versions/1/sign-off")
                        .with(as("hr"))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/policies/versions/1/sign-off")
                        .with(as("agent"))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        // a manager decides and signs off, but never writes
        mvc.perform(post("/policies/new").with(as("manager")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void thePagesSpeakBothLanguages() throws Exception {
        assertThat(html(get("/policies"), "hr", "en")).contains("Handbook", "Uniform at the counter");
        assertThat(html(get("/policies/matrix"), "manager", "id"))
                .contains("Matriks kebijakan", "Seragam di konter", "Rapi santai di kantor belakang");
        assertThat(html(get("/policies/decisions"), "manager", "en"))
                .contains("Differs by work environment", "Versions awaiting a manager&#39;s sign-off");
        assertThat(html(get("/policies/decisions"), "manager", "id"))
                .contains("Versi yang menunggu persetujuan manajer");
        assertThat(html(get("/policies/acknowledgements"), "hr", "id")).contains("Per departemen");
        assertThat(html(get("/policies/mine"), "accountant", "id")).contains("Kerja jarak jauh di kantor belakang");
        assertThat(html(get("/policies/mine/home"), "agent", "en")).contains("Policies to acknowledge");
        assertThat(html(get("/policies/new").param("category", "TELEWORK"), "hr", "en"))
                .contains("Telework days a week");
    }
}
