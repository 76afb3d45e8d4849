package dev.kantor.arrangements.requests;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import jakarta.servlet.http.Cookie;

import dev.kantor.platform.security.UserAccounts;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The arrangement pages' changes on the demo company: the accountant changes a request still waiting on their
 * manager from its page, in both languages, and nobody else opens that form. What the test files is removed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArrangementPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @AfterEach
    void removeWhatWasFiled() {
        jdbc.sql("delete from notification where event_key in (select 'arrangement:' || id || ':requested' from "
                        + "work_arrangement where note like 'Page test%')")
                .update();
        jdbc.sql("delete from work_arrangement where note like 'Page test%'").update();
    }

    @Test
    void theEmployeeChangesAWaitingRequestFromItsPageAndNobodyElseOpensTheForm() throws Exception {
        LocalDate wednesday = LocalDate.now().plusWeeks(15).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        String filed = mvc.perform(post("/arrangements")
                        .with(as("accountant"))
                        .with(csrf())
                        .param("kind", "TELEWORK")
                        .param("dates", wednesday.toString())
                        .param("note", "Page test"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(filed).matches("/arrangements/\\d+");
        long id = Long.parseLong(filed.substring("/arrangements/".length()));

        String page = mvc.perform(get(filed).with(as("accountant")).cookie(new Cookie("kantor-language", "id")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"arrangement-change\"", "Ubah");
        String form = mvc.perform(get(filed + "/change").with(as("accountant")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("Change your request", wednesday.toString());
        mvc.perform(get(filed + "/change").with(as("backoffice"))).andExpect(status().isForbidden());

        mvc.perform(post("/arrangements")
                        .with(as("accountant"))
                        .with(csrf())
                        .param("changing", String.valueOf(id))
                        .param("version", "0")
                        .param("kind", "TELEWORK")
                        .param("dates", wednesday + ", " + wednesday.plusDays(1))
                        .param("note", "Page test, two days"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select dates from work_arrangement where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(wednesday + "," + wednesday.plusDays(1));
        // a second change on the version already changed is stale: nothing changes, and the page says why
        mvc.perform(post("/arrangements")
                        .with(as("accountant"))
                        .with(csrf())
                        .param("changing", String.valueOf(id))
                        .param("version", "0")
                        .param("kind", "TELEWORK")
                        .param("dates", wednesday.toString())
                        .param("note", "Page test again"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select note from work_arrangement where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Page test, two days");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "id"})
    void aFormWhoseFieldFailsToBindIsShownAgainWithTheProblemOnItsField(String language) throws Exception {
        String page = mvc.perform(post("/arrangements")
                        .with(as("accountant"))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", language))
                        .param("kind", "TELEWORK")
                        .param("validFrom", "not-a-date")
                        .param("note", "Page test typed"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        Document shown = Jsoup.parse(page);
        assertThat(shown.select("#validFrom.is-invalid")).hasSize(1);
        assertThat(shown.select("#validFrom-error").text()).isNotBlank();
        assertThat(shown.select("#request-title").text())
                .isEqualTo("en".equals(language) ? "Ask for an arrangement" : "Ajukan pengaturan kerja");
        assertThat(page).doesNotContain("??");
    }
}
