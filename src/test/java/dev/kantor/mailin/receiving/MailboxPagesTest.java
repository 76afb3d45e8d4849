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
    void aMailboxWhoseServerRefusesTheConnectionSaysSoInTheReadersLanguage() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // nothing listens there once it is closed
        }
        String location = mvc.perform(post("/mailin/new")
                        .with(user(accounts.loadUserByUsername("admin")))
                        .with(csrf())
                        .param("name", "Refused for the pages")
                        .param("mode", "IMAP")
                        .param("host", "127.0.0.1")
                        .param("port", String.valueOf(closedPort))
                        .param("username", "layanan")
                        .param("password", "typed-Secret-77")
                        .param("topic", "returns")
                        .param("language", "id")
                        .param("reopenDays", "14")
                        .param("active", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        try {
            MvcResult read = mvc.perform(post(location + "/read")
                            .with(user(accounts.loadUserByUsername("admin")))
                            .with(csrf())
                            .cookie(new Cookie("kantor-language", "id")))
                    .andExpect(status().is3xxRedirection())
                    .andReturn();
            ImapReader.Round round = (ImapReader.Round) read.getFlashMap().get("round");
            assertThat(round.error()).startsWith("Server menolak sambungan: ");

            for (String page : new String[] {location, "/mailin"}) {
                String html = mvc.perform(get(page)
                                .with(user(accounts.loadUserByUsername("admin")))
                                .cookie(new Cookie("kantor-language", "id")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                assertThat(Jsoup.parse(html).select(".mailbox-error").text())
                        .as(page)
                        .contains("Tidak dapat dibaca: Server menolak sambungan: ")
                        .doesNotContain("refused the connection");
            }
            String english = mvc.perform(get(location)
                            .with(user(accounts.loadUserByUsername("admin")))
                            .cookie(new Cookie("kantor-language", "en")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(Jsoup.parse(english).select(".mailbox-error").text())
                    .contains("Cannot be read: The server refused the connection: ");
        } finally {
            // later tests see no mailbox of ours failing in health
            mvc.perform(post(location + "/delete")
                    .with(user(accounts.loadUserByUsername("admin")))
                    .with(csrf()));
        }
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

    @Autowired
    MailDesk desk;

    @Autowired
    dev.kantor.mailin.InboundMailboxes inbound;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"en", "id"})
    void anHtmlMailIsShownSanitisedToStaffAndAsTextToTheCustomer(String language) throws Exception {
        long relay = dev.kantor.platform.security.SystemUser.call(
                () -> inbound.connectWebhook("HTML relay " + language, "returns", "en"));
        String raw = "From: Wulan <wulan.html." + language + "@customer.example>\r\nSubject: Dented door\r\n"
                + "Message-ID: <" + java.util.UUID.randomUUID() + "@customer.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<html><head><style>body{display:none}</style><script>alert(1)</script></head><body>"
                + "<p style=\"color:red\" onclick=\"steal()\">The door is <b>dented</b>.</p>"
                + "<img src=\"https://track.example/pixel.gif\" onerror=\"x()\">"
                + "<a href=\"javascript:evil()\">click</a> <a href=\"https://shop.example/order/7\">my order</a>"
                + "<form action=\"https://evil.example\"><input name=\"password\"></form></body></html>\r\n";

        MailDesk.Received received = desk.receive(relay, raw.getBytes(StandardCharsets.UTF_8));

        assertThat(received.outcome()).isEqualTo(Outcome.OPENED);
        long caseId = jdbc.sql("select id from customer_case where reference = ?")
                .param(received.caseReference())
                .query(Long.class)
                .single();
        String staffPage = mvc.perform(get("/cases/" + caseId)
                        .with(user(accounts.loadUserByUsername("agent")))
                        .cookie(new Cookie("kantor-language", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(staffPage);
        assertThat(page.select(".mail-html")).hasSize(1);
        String shown = page.selectFirst(".mail-html").html();
        assertThat(shown)
                .contains("<b>dented</b>", "href=\"https://shop.example/order/7\"", "nofollow noopener")
                .doesNotContain("style", "onclick", "steal", "<img", "track.example", "javascript:", "<form", "<input");
        assertThat(staffPage).doesNotContain("alert(1)", "display:none", "onerror", "evil.example", "??");

        // the customer's own view shows the message as text, escaped, as any customer text
        String token = jdbc.sql("select access_token from customer_case where id = ?")
                .param(caseId)
                .query(String.class)
                .single();
        String portal = mvc.perform(get("/portal/cases/" + token).cookie(new Cookie("kantor-language", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(portal).contains("The door is dented.").doesNotContain("<b>dented</b>", "mail-html", "alert(1)");
    }

    @Autowired
    dev.kantor.routing.TopicCatalogue topics;

    @ParameterizedTest
    @ValueSource(strings = {"en", "id"})
    void theFormOffersTheTeamsTopicsFallBackToAndRefusesATopicAndATeamTogether(String language) throws Exception {
        long team = topics.active().stream()
                .filter(t -> t.teamDepartmentId() != null)
                .findFirst()
                .orElseThrow()
                .teamDepartmentId();
        String form = mvc.perform(get("/mailin/new")
                        .with(user(accounts.loadUserByUsername("admin")))
                        .cookie(new Cookie("kantor-language", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(form).select("#teamDepartmentId option[value=" + team + "]"))
                .hasSize(1);

        String refused = mvc.perform(post("/mailin/new")
                        .with(user(accounts.loadUserByUsername("admin")))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", language))
                        .param("name", "Both")
                        .param("mode", "WEBHOOK")
                        .param("topic", "returns")
                        .param("teamDepartmentId", Long.toString(team))
                        .param("language", "id")
                        .param("reopenDays", "14"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(refused);
        assertThat(page.select("#teamDepartmentId.is-invalid")).hasSize(1);
        assertThat(page.select("#teamDepartmentId-error").text()).isNotBlank();
        assertThat(refused).doesNotContain("??");
    }
}
