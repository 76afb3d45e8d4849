package dev.kantor.mailin.receiving;

import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.Cookie;

import dev.kantor.platform.security.UserAccounts;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mailboxes' pages, for admins only, in both languages: a refusal is marked on its field and
 * never sends the typed password back; a webhook mailbox shows its secret once, then its path.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MailboxPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @ParameterizedTest
    @ValueSource(strings = {"en", "id"})
    void aRefusedMailboxIsMarkedOnItsFieldsWithoutThePassword(String language) throws Exception {
        String html = mvc.perform(post("/mailin/new")
                        .with(user(accounts.loadUserByUsername("admin")))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", language))
                        .param("name", "Layanan")
                        .param("mode", "IMAP")
                        .param("host", "")
                        .param("port", "993")
                        .param("username", "layanan")
                        .param("password", "typed-Secret-77")
                        .param("topic", "returns")
                        .param("language", "id")
                        .param("reopenDays", "14"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("#host.is-invalid")).hasSize(1);
        assertThat(page.select("#host-error").text()).isNotBlank();
        assertThat(html).doesNotContain("typed-Secret-77").doesNotContain("??");
    }

    @Test
    void aWebhookMailboxShowsItsSecretOnceThenItsPath() throws Exception {
        MvcResult created = mvc.perform(post("/mailin/new")
                        .with(user(accounts.loadUserByUsername("admin")))
                        .with(csrf())
                        .param("name", "Relay for the pages")
                        .param("mode", "WEBHOOK")
                        .param("topic", "returns")
                        .param("language", "en")
                        .param("reopenDays", "7")
                        .param("active", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("secret"))
                .andReturn();
        String location = created.getResponse().getRedirectedUrl();

        for (String language : new String[] {"en", "id"}) {
            String html = mvc.perform(get(location)
                            .with(user(accounts.loadUserByUsername("admin")))
                            .cookie(new Cookie("kantor-language", language)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(Jsoup.parse(html).select("#webhook-secret")).isEmpty();
            assertThat(html).contains("/api/mailin/webhook/").doesNotContain("??");
            String list = mvc.perform(get("/mailin")
                            .with(user(accounts.loadUserByUsername("admin")))
                            .cookie(new Cookie("kantor-language", language)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(list).contains("Relay for the pages").doesNotContain("??");
        }
        String edit = mvc.perform(get(location + "/edit").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(edit).select("#mode"))
                .as("how mail arrives is chosen once")
                .isEmpty();
        assertThat(Jsoup.parse(edit).select("#name").val()).isEqualTo("Relay for the pages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent", "manager", "hr"})
    void onlyAdminsSeeThePages(String username) throws Exception {
        mvc.perform(get("/mailin").with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/mailin/new").with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isForbidden());
    }
}
