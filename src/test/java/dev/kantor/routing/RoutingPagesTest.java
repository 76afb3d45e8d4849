package dev.kantor.routing;

import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.Cookie;

import dev.kantor.platform.security.UserAccounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class RoutingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TopicCatalogue topics;

    @Autowired
    PresenceBoard presence;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String page(String user, String language, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(accounts.loadUserByUsername(user)))
                        .cookie(new Cookie("kantor-language", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({
        "en, Help a customer, Who can help with Warranty claim now, Agus Pratama",
        "id, Bantu pelanggan, Siapa yang bisa membantu soal Klaim garansi sekarang, Agus Pratama"
    })
    void theAccountantFindsWhoCanHelpInTheirLanguage(String language, String title, String heading, String agent)
            throws Exception {
        presence.set(
                accounts.loadUserByUsername("agent").employeeId(),
                PresenceStatus.AVAILABLE,
                null,
                dev.kantor.routing.PresenceSource.MANUAL);
        assertThat(page("accountant", language, get("/help"))).contains(title);
        assertThat(page(
                        "accountant",
                        language,
                        get("/help/helpers").param("topic", "warranty").param("language", "id")))
                .contains(heading, agent);
    }

    @Test
    void aHandoffWithoutWaysToReachTheCustomerIsRefusedOnTheForm() throws Exception {
        String form = page(
                "accountant",
                "id",
                post("/help")
                        .with(csrf())
                        .param("topic", "warranty")
                        .param("language", "id")
                        .param("customerName", "Bu Ani"));

        assertThat(form).contains("Tidak ada yang disimpan");
        String unknownCase = page(
                "accountant",
                "en",
                post("/help").with(csrf()).param("topic", "warranty").param("caseReference", "KTR-1999-000001"));
        assertThat(unknownCase).contains("There is no case with this reference.");
    }

    @ParameterizedTest
    @CsvSource({
        "en, Who can serve each topic now, Warranty claim",
        "id, Siapa yang bisa melayani tiap topik sekarang, Klaim garansi"
    })
    void everyoneSeesTheCoverageOfTopics(String language, String title, String topic) throws Exception {
        assertThat(page("accountant", language, get("/topics/coverage"))).contains(title, topic);
        assertThat(page("agent", language, get("/topics"))).contains(topic);
    }

    @Test
    void thePresenceMenuSetsPresenceInOneClick() throws Exception {
        String menu = page(
                "accountant",
                "id",
                post("/presence").with(csrf()).param("status", "ON_BREAK").param("backInMinutes", "15"));

        assertThat(menu).contains("Sedang istirahat", "Kembali pukul");
        assertThat(presence.of(accounts.loadUserByUsername("accountant").employeeId())
                        .status())
                .isEqualTo(PresenceStatus.ON_BREAK);
        page("accountant", "en", post("/presence").with(csrf()).param("status", "AVAILABLE"));
    }

    @Test
    void onlyAdminsEditTopicsAndOnlyManagersSeeTheFigures() throws Exception {
        mvc.perform(post("/topics/warranty")
                        .with(user(accounts.loadUserByUsername("manager")))
                        .with(csrf())
                        .param("nameEn", "Changed")
                        .param("nameIdn", "Diubah")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(topics.require("warranty").nameEn()).isEqualTo("Warranty claim");

        String bad = page(
                "admin",
                "en",
                post("/topics")
                        .with(csrf())
                        .param("code", "Bad Code!")
                        .param("nameEn", "")
                        .param("nameIdn", "x"));
        // each problem names its field, as the form labels it
        assertThat(bad).contains("Code: Use 2–40 lower-case letters", "Name (English): Required.");
        assertThat(topics.find("Bad Code!")).isEmpty();

        mvc.perform(get("/handoffs/figures").with(user(accounts.loadUserByUsername("accountant"))))
                .andExpect(status().isForbidden());

        presence.set(
                accounts.loadUserByUsername("agent").employeeId(),
                PresenceStatus.AVAILABLE,
                null,
                dev.kantor.routing.PresenceSource.MANUAL);
        mvc.perform(post("/help")
                        .with(user(accounts.loadUserByUsername("accountant")))
                        .with(csrf())
                        .param("topic", "warranty")
                        .param("language", "id")
                        .param("customerName", "Pak Budi")
                        .param("customerPhone", "+62 812-1212-3434")
                        .param("note", "Garansi kipas angin"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("manager", "id", get("/handoffs/figures")))
                .contains("Angka serah terima", "Klaim garansi", "Akuntansi");
    }

    @Test
    void anAdminChangesATopicInItsOwnFormWhereAProblemIsShownBesideItsField() throws Exception {
        String form = page("admin", "en", get("/topics").param("edit", "warranty"));
        assertThat(form)
                .contains("id=\"change-topic\"", "value=\"Warranty claim\"", "value=\"Klaim garansi\"")
                .doesNotContain("id=\"new-topic\"");

        int version = topics.require("warranty").version();
        String refused = page(
                "admin",
                "en",
                post("/topics/warranty")
                        .with(csrf())
                        .param("nameEn", " ")
                        .param("nameIdn", "Klaim garansi")
                        .param("version", String.valueOf(version)));

        assertThat(refused)
                .containsPattern("is-invalid\"[^>]*id=\"nameEn\"")
                .contains("id=\"nameEn-error\"", "Name (English): Required.", "id=\"change-topic\"");
        assertThat(topics.require("warranty").nameEn()).isEqualTo("Warranty claim");
        assertThat(topics.require("warranty").version()).isEqualTo(version);
    }

    @Test
    void aTopicWithAnOrderAndASkillThatAreNoNumbersIsShownAgainMarkedAndNotAdded() throws Exception {
        String form = page(
                "admin",
                "en",
                post("/topics")
                        .with(csrf())
                        .param("code", "gift-wrap")
                        .param("nameEn", "Gift wrapping")
                        .param("nameIdn", "Bungkus kado")
                        .param("sortOrder", "soon")
                        .param("skillId", "wrapping")
                        .param("minLevel", "3"));

        assertThat(form)
                .containsPattern("is-invalid\"[^>]*id=\"sortOrder\"")
                .contains("id=\"new-topic\"", "value=\"Gift wrapping\"");
        assertThat(topics.find("gift-wrap")).isEmpty();
    }

    @Test
    void aHandoffWithTwoBadFieldsShowsBothOnTheFormAndHandsNobodyOver() throws Exception {
        // a name and a note that cannot be stored, and a colleague that is no number: the form again, marked
        String form = page(
                "accountant",
                "en",
                post("/help")
                        .with(csrf())
                        .param("topic", "warranty")
                        .param("language", "id")
                        .param("customerName", "Bu\u0000Ani")
                        .param("customerPhone", "+62 812-1212-3434")
                        .param("note", "Garansi\u001b")
                        .param("receiverId", "someone"));

        assertThat(form).contains("id=\"form-errors\"", "Contains characters that cannot be stored");
        assertThat(form)
                .containsPattern("is-invalid\"[^>]*id=\"customerName\"")
                .containsPattern("is-invalid\"[^>]*id=\"note\"")
                .contains("id=\"receiverId-error\"");
    }

    @Test
    void everyPageOffersHelpAndTheInboxIsAskedForEveryFewSeconds() throws Exception {
        String home = page("accountant", "en", get("/topics"));
        assertThat(home).contains("id=\"help-a-customer\"", "btn-warning", "/handoffs/inbox", "/presence/menu");
        assertThat(page("agent", "en", get("/handoffs/inbox"))).contains("handoff-inbox-contents");
    }
    /** A walk-in customer the accountant hands to the agent; answers the handoff's id. */
    long handedToTheAgent(String customer) throws Exception {
        long agus = accounts.loadUserByUsername("agent").employeeId();
        presence.set(agus, PresenceStatus.AVAILABLE, null, PresenceSource.MANUAL);
        String location = mvc.perform(post("/help")
                        .with(user(accounts.loadUserByUsername("accountant")))
                        .with(csrf())
                        .param("topic", "warranty")
                        .param("language", "id")
                        .param("customerName", customer)
                        .param("customerPhone", "+62 812-5555-" + (1000 + System.nanoTime() % 9000))
                        .param("receiverId", String.valueOf(agus)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/handoffs/\\d+");
        return Long.parseLong(location.substring("/handoffs/".length()));
    }

    @ParameterizedTest
    @CsvSource({"en, You declined the handoff; it moved on.", "id, Anda menolak serah terima; serah terima diteruskan."
    })
    void decliningFromThePopUpAnswersThePopUpOnlySoThePageAndWhatIsTypedOnItStay(String language, String declined)
            throws Exception {
        long handoff = handedToTheAgent("Bu Ratna " + language);
        assertThat(page("agent", language, get("/handoffs/inbox"))).contains("data-handoff=\"" + handoff + "\"");

        // the pop-up declines with htmx: the answer is the pop-up itself and a notice for the page, no redirect
        String answer = page(
                "agent",
                language,
                post("/handoffs/" + handoff + "/decline").with(csrf()).header("HX-Request", "true"));
        assertThat(answer)
                .contains("id=\"handoff-inbox-contents\"", "hx-swap-oob=\"afterbegin:main .flash\"", declined)
                .doesNotContain("data-handoff=\"" + handoff + "\"", "<html");

        // declining again says why not, still in place
        assertThat(page(
                        "agent",
                        language,
                        post("/handoffs/" + handoff + "/decline").with(csrf()).header("HX-Request", "true")))
                .contains("alert-danger", "handoff-answer")
                .doesNotContain(declined);
    }

    @ParameterizedTest
    @CsvSource({"en", "id"})
    void anExpectedReturnIsShownOnThe24HourClockInTheBusinessesZone(String language) throws Exception {
        long accountant = accounts.loadUserByUsername("accountant").employeeId();
        java.time.ZoneId jakarta = java.time.ZoneId.of("Asia/Jakarta");
        java.time.ZonedDateTime back = java.time.ZonedDateTime.now(jakarta)
                .withHour(14)
                .withMinute(17)
                .withSecond(0)
                .withNano(0);
        if (!back.isAfter(java.time.ZonedDateTime.now(jakarta).plusMinutes(1))) {
            back = back.plusDays(1);
        }
        presence.set(accountant, PresenceStatus.ON_BREAK, back.toInstant(), PresenceSource.MANUAL);
        try {
            String menu = page("accountant", language, get("/presence/menu"));
            assertThat(menu).contains("14:17").doesNotContain("2:17 PM", "14.17");
        } finally {
            presence.set(accountant, PresenceStatus.AVAILABLE, null, PresenceSource.MANUAL);
        }
    }

    @Test
    void theHelpersAnswerCarriesNoSecondElementWithTheIdOfThePlaceItGoes() throws Exception {
        String answer = page(
                "accountant",
                "en",
                get("/help/helpers").param("topic", "warranty").param("language", "id"));
        assertThat(org.jsoup.Jsoup.parseBodyFragment(answer).getElementById("helpers"))
                .isNull();
        assertThat(answer).contains("helper-list");
        // and the page it goes into holds the place once
        org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(page("accountant", "en", get("/help")));
        assertThat(form.select("#helpers")).hasSize(1);
    }

    @Test
    void theFiguresNeverShowMoreHandoffsThatRanOutThanHandoffs() throws Exception {
        // one handoff that went to three people in turn, each of whom let the offer run out
        java.time.Instant now = java.time.Instant.now();
        jdbc.sql(
                        """
                insert into handoff (case_id, topic, language, sender_id, sender_department_id, state, created_at)
                values (0, 'warranty', 'id', 1, 987654, 'QUEUED', ?)""")
                .param(java.sql.Timestamp.from(now.minusSeconds(600)))
                .update();
        long id = jdbc.sql("select max(id) from handoff where sender_department_id = 987654")
                .query(Long.class)
                .single();
        for (int offer = 1; offer <= 3; offer++) {
            jdbc.sql(
                            """
                    insert into handoff_offer (handoff, offer_no, employee_id, offered_at, expires_at, outcome)
                    values (?, ?, ?, ?, ?, 'EXPIRED')""")
                    .params(
                            id,
                            offer,
                            offer,
                            java.sql.Timestamp.from(now.minusSeconds(600 - offer * 60L)),
                            java.sql.Timestamp.from(now.minusSeconds(560 - offer * 60L)))
                    .update();
        }

        for (String language : java.util.List.of("en", "id")) {
            org.jsoup.nodes.Document figures = org.jsoup.Jsoup.parse(
                    page("manager", language, get("/handoffs/figures").param("days", "1")));
            org.jsoup.select.Elements rows = figures.select("tbody tr:has(td.ran-out)");
            assertThat(rows).isNotEmpty();
            for (org.jsoup.nodes.Element row : rows) {
                int handoffs = Integer.parseInt(row.selectFirst("td.text-end").text());
                int ranOut = Integer.parseInt(row.selectFirst("td.ran-out").text());
                assertThat(ranOut).as(row.text()).isLessThanOrEqualTo(handoffs);
            }
        }
    }
}
