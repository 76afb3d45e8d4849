package dev.kantor.platform.security.tokens;

import java.util.Locale;

import dev.kantor.platform.security.UserAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of API tokens, service accounts and webhooks, in both languages: a token's secret is
 * shown once on the page that made it and never cached; only admins reach service accounts and webhooks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TokenAndWebhookPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void aPersonMakesATokenSeesItsSecretOnceAndRevokesIt() throws Exception {
        String page = mvc.perform(post("/account/tokens")
                        .with(as("agent"))
                        .with(csrf())
                        .param("name", "Shop status")
                        .param("days", "30")
                        .param("scopes", "read"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("kantor_pat_")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Shop status");
        long id = jdbc.sql("select max(id) from api_token where owner_username = 'agent'")
                .query(Long.class)
                .single();

        mvc.perform(get("/account/tokens").with(as("agent")).locale(Locale.forLanguageTag("id")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Token API saya")))
                .andExpect(content().string(not(containsString("id=\"made-secret\""))));

        // done: back to the page with the message, so that reloading repeats nothing
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(as("agent")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account/tokens"))
                .andExpect(flash().attribute("success", "The token is revoked."));
        assertThat(jdbc.sql("select revoked_at is not null from api_token where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aTokenWithoutScopesIsRefusedOnThePage() throws Exception {
        mvc.perform(post("/account/tokens")
                        .with(as("agent"))
                        .with(csrf())
                        .param("name", "No scopes")
                        .param("days", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one scope.")))
                .andExpect(content().string(not(containsString("kantor_pat_"))));
    }

    @Test
    void onlyAdminsReachServiceAccountsAndWebhooks() throws Exception {
        mvc.perform(get("/service-accounts").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/webhooks").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/service-accounts").with(as("admin")).locale(Locale.forLanguageTag("id")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Akun layanan")));
        mvc.perform(get("/webhooks").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("case.opened")));
    }

    @Test
    void anAdminMakesAServiceAccountAndItsToken() throws Exception {
        String name = "pbx-" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/service-accounts")
                        .with(as("admin"))
                        .with(csrf())
                        .param("name", name)
                        .param("description", "Phone system")
                        .param("role", "AGENT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/service-accounts"));
        mvc.perform(get("/service-accounts").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("service:" + name)));
        long id = jdbc.sql("select id from service_account where name = ?")
                .param(name)
                .query(Long.class)
                .single();
        mvc.perform(post("/service-accounts/" + id + "/tokens")
                        .with(as("admin"))
                        .with(csrf())
                        .param("name", "calls")
                        .param("days", "90")
                        .param("scopes", "read", "cases"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("kantor_sat_")));
    }

    @Test
    void anAdminSubscribesAWebhookSeesItsSecretOnceReadsHowLongTheLogKeepsAndDeletesIt() throws Exception {
        String url = "https://93.184.216.34/kantor-" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/webhooks")
                        .with(as("admin"))
                        .with(csrf())
                        .param("url", url)
                        .param("eventTypes", "policy.published"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("whsec_")));
        long id = jdbc.sql("select id from webhook_subscription where url = ?")
                .param(url)
                .query(Long.class)
                .single();

        mvc.perform(get("/webhooks/" + id).with(as("admin")).locale(Locale.forLanguageTag("id")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("whsec_"))))
                .andExpect(content().string(containsString("selama 30 hari")))
                .andExpect(content().string(containsString("setelah 90 hari")));

        // refused: the page again, with why
        mvc.perform(post("/webhooks/" + id + "/deliveries/999999999/send-again")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no such delivery.")));
        mvc.perform(post("/webhooks/" + id + "/delete").with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/webhooks"))
                .andExpect(flash().attribute("success", "The subscription is deleted."));
    }
}
