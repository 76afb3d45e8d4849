package dev.kantor.assessment;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import jakarta.servlet.http.Cookie;

import dev.kantor.platform.security.UserAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The self-assessment's pages in both languages: taking it, a refused form naming each statement,
 * the result explained, who may open which page, role profiles checked field by field, and a
 * candidate's link that opens once without an account.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request, String language) {
        return request.with(user(accounts.loadUserByUsername(username)))
                .cookie(new Cookie("kantor-language", language));
    }

    String page(String username, String path, String language) throws Exception {
        return mvc.perform(as(username, get(path), language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request, Map<Integer, Integer> answers) {
        answers.forEach((n, a) -> request.param("answers[" + n + "]", String.valueOf(a)));
        return request;
    }

    @Test
    void anEmployeeTakesItInBahasaIndonesiaAndReadsWhereTheirAnswersPoint() throws Exception {
        String form = page("agent", "/assessment/take", "id");
        assertThat(form)
                .contains("Bertemu orang baru setiap hari membuat saya bersemangat.", "Sangat setuju")
                .contains("alat refleksi diri, bukan tes klinis atau tes rekrutmen");

        String location = mvc.perform(answers(
                        as("agent", post("/assessment/take"), "id").with(csrf()), AssessmentApiContract.front()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/assessment/results/");

        String result = page("agent", location, "id");
        assertThat(result)
                .contains("Jawaban Anda mengarah ke front office", "Senang berinteraksi dengan orang")
                .contains("Itu mengarah ke front office");
        assertThat(page("agent", location, "en")).contains("Your answers point towards the front office");
        // someone else opening it finds nothing there
        mvc.perform(as("accountant", get(location), "en")).andExpect(status().isNotFound());
        mvc.perform(as("hr", get(location), "en")).andExpect(status().isNotFound());
        assertThat(page("agent", "/assessment", "en")).contains("Only you see your results.", "Share with HR");
    }

    @Test
    void aFormWithStatementsLeftOutIsShownAgainNamingEachAndKeepingTheRest() throws Exception {
        Map<Integer, Integer> some = new java.util.HashMap<>(AssessmentApiContract.front());
        some.remove(7);
        some.remove(20);
        long before = jdbc.sql("select count(*) from assessment_response")
                .query(Long.class)
                .single();
        String page = mvc.perform(
                        answers(as("agent", post("/assessment/take"), "id").with(csrf()), some))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "Mohon jawab pernyataan 7.", "Mohon jawab pernyataan 20.", "2 pernyataan masih perlu dijawab");
        // what was answered stays chosen: statement 4 (people, agreed with) and 1 (autonomy, disagreed with)
        assertThat(page).contains("id=\"answer-4-5\" checked", "id=\"answer-1-1\" checked");
        assertThat(jdbc.sql("select count(*) from assessment_response")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void hrPagesAreHrsAndEveryoneHasTheirOwn() throws Exception {
        long desk = jdbc.sql("select id from job_position where code = 'front-desk-agent'")
                .query(Long.class)
                .single();
        for (String path : new String[] {
            "/assessment/profiles",
            "/assessment/matches?position=" + desk,
            "/assessment/coverage",
            "/assessment/quality",
            "/assessment/candidates",
            "/assessment/profiles/positions/" + desk
        }) {
            for (String other : new String[] {"agent", "accountant", "manager", "admin"}) {
                mvc.perform(as(other, get(path), "en")).andExpect(status().isForbidden());
            }
            page("hr", path, "id");
            page("hr", path, "en");
        }
        assertThat(page("hr", "/assessment/matches?position=" + desk, "en")).contains("Matches for Front Desk Agent");
        assertThat(page("hr", "/assessment/coverage", "id")).contains("Cakupan tim", "Layanan pelanggan");
        assertThat(page("hr", "/assessment/quality", "en")).contains("alpha 0.");
        assertThat(page("agent", "/assessment/moves", "en")).contains("Positions that fit me");
        assertThat(page("agent", "/", "id")).contains("Kantor mana yang cocok untuk saya?");
    }

    @Test
    void aProfileWithAnUpsideDownRangeIsRefusedAndNothingChanges() throws Exception {
        long desk = jdbc.sql("select id from job_position where code = 'front-desk-agent'")
                .query(Long.class)
                .single();
        String before = page("hr", "/assessment/profiles/positions/" + desk, "en");
        String version = before.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        String refused = mvc.perform(as("hr", post("/assessment/profiles/positions/" + desk), "id")
                        .with(csrf())
                        .param("version", version)
                        .param("office", "FRONT")
                        .param("low-PEOPLE", "90")
                        .param("high-PEOPLE", "10"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Isi rentang dari 0 sampai 100, dengan batas bawah lebih dulu.");
        assertThat(jdbc.sql("select low from role_profile_range r join role_profile p on p.id = r.role_profile "
                                + "where p.position_id = ? and r.dimension = 'PEOPLE'")
                        .param(desk)
                        .query(Integer.class)
                        .single())
                .isEqualTo(60);
    }

    @Test
    void aCandidateAnswersOnceByTheirLinkWithoutAnAccount() throws Exception {
        var invited = mvc.perform(as("hr", post("/assessment/candidates"), "en")
                        .with(csrf())
                        .param("fullName", "Dian Kandidat")
                        .param("email", ""))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap();
        String link = (String) invited.get("link");
        String path = link.substring(link.indexOf("/assessment/candidate/"));

        var opened = mvc.perform(get(path).cookie(new Cookie("kantor-language", "id")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        String form = opened.getContentAsString(StandardCharsets.UTF_8);
        // the link is the secret: the page tells no one where it was, and runs Kantor's own scripts only
        assertThat(opened.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(opened.getHeader("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(form).contains("Selamat datang, Dian Kandidat.", "Izinkan SDM melihat hasil saya");

        String result = mvc.perform(answers(post(path).with(csrf()), AssessmentApiContract.front())
                        .param("share", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(result).contains("Your answers point towards the front office", "HR will see this result");

        mvc.perform(get(path)).andExpect(status().isGone());
        mvc.perform(answers(post(path).with(csrf()), AssessmentApiContract.front()))
                .andExpect(status().isGone());
        mvc.perform(get("/assessment/candidate/" + "x".repeat(43))).andExpect(status().isNotFound());
        // HR finds the shared result among the candidates
        assertThat(page("hr", "/assessment/candidates", "en")).contains("Dian Kandidat", "Answered and shared");
        // a link opens the questionnaire, nothing else: the staff pages still ask for a sign-in
        assertThat(mvc.perform(get("/assessment")).andReturn().getResponse().getStatus())
                .isIn(302, 401);
    }
}
