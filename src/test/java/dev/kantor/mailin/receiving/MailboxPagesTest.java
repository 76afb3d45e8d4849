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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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

    /** The password typed into the form, which no answer may send back. */
    private static final String TYPED_PASSWORD = "typed-Secret-77";

    /** Signed in as this demo user. */
    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** The request as the admin sends it, reading in this language (null: the default one). */
    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request, String language) {
        request.with(as("admin"));
        return language == null ? request : request.cookie(new Cookie("kantor-language", language));
    }

    /** The admin's form for a new IMAP mailbox on this server, as sent in this language. */
    private MockHttpServletRequestBuilder newImapMailbox(String name, String host, String port, String language) {
        return asAdmin(post("/mailin/new"), language)
                .with(csrf())
                .param("name", name)
                .param("mode", "IMAP")
                .param("host", host)
                .param("port", port)
                .param("username", "layanan")
                .param("password", TYPED_PASSWORD)
                .param("topic", "returns")
                .param("language", "id")
                .param("reopenDays", "14");
    }

    /** The page the request is answered with, checked to be a 200. */
    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "id"})
    void aRefusedMailboxIsMarkedOnItsFieldsWithoutThePassword(String language) throws Exception {
        String html = page(newImapMailbox("Layanan", "", "993", language));
        Document page = Jsoup.parse(html);
        assertThat(page.select("#host.is-invalid")).hasSize(1);
        assertThat(page.select("#host-error").text()).isNotBlank();
        assertThat(html).doesNotContain(TYPED_PASSWORD).doesNotContain("??");
    }

    @Test
    void aMailboxWhoseServerRefusesTheConnectionSaysSoInTheReadersLanguage() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // nothing listens there once it is closed
        }
        String location = mvc.perform(
                        newImapMailbox("Refused for the pages", "127.0.0.1", String.valueOf(closedPort), null)
                                .param("active", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        try {
            MvcResult read = mvc.perform(asAdmin(post(location + "/read"), "id").with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andReturn();
            ImapReader.Round round = (ImapReader.Round) read.getFlashMap().get("round");
            assertThat(round.error()).startsWith("Server menolak sambungan: ");

            for (String shown : new String[] {location, "/mailin"}) {
                String html = page(asAdmin(get(shown), "id"));
                assertThat(Jsoup.parse(html).select(".mailbox-error").text())
                        .as(shown)
                        .contains("Tidak dapat dibaca: Server menolak sambungan: ")
                        .doesNotContain("refused the connection");
            }
            String english = page(asAdmin(get(location), "en"));
            assertThat(Jsoup.parse(english).select(".mailbox-error").text())
                    .contains("Cannot be read: The server refused the connection: ");
        } finally {
            // later tests see no mailbox of ours failing in health
            mvc.perform(post(location + "/delete").with(as("admin")).with(csrf()));
        }
    }

    @Test
    void aWebhookMailboxShowsItsSecretOnceThenItsPath() throws Exception {
        MvcResult created = mvc.perform(post("/mailin/new")
                        .with(as("admin"))
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
            String html = page(asAdmin(get(location), language));
            assertThat(Jsoup.parse(html).select("#webhook-secret")).isEmpty();
            assertThat(html).contains("/api/mailin/webhook/").doesNotContain("??");
            String list = page(asAdmin(get("/mailin"), language));
            assertThat(list).contains("Relay for the pages").doesNotContain("??");
        }
        String edit = page(get(location + "/edit").with(as("admin")));
        assertThat(Jsoup.parse(edit).select("#mode"))
                .as("how mail arrives is chosen once")
                .isEmpty();
        assertThat(Jsoup.parse(edit).select("#name").val()).isEqualTo("Relay for the pages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent", "manager", "hr"})
    void onlyAdminsSeeThePages(String username) throws Exception {
        mvc.perform(get("/mailin").with(as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/mailin/new").with(as(username))).andExpect(status().isForbidden());
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
        String staffPage =
                page(get("/cases/" + caseId).with(as("agent")).cookie(new Cookie("kantor-language", language)));
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
        String portal = page(get("/portal/cases/" + token).cookie(new Cookie("kantor-language", language)));
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
        String form = page(asAdmin(get("/mailin/new"), language));
        assertThat(Jsoup.parse(form).select("#teamDepartmentId option[value=" + team + "]"))
                .hasSize(1);

        String refused = page(asAdmin(post("/mailin/new"), language)
                .with(csrf())
                .param("name", "Both")
                .param("mode", "WEBHOOK")
                .param("topic", "returns")
                .param("teamDepartmentId", Long.toString(team))
                .param("language", "id")
                .param("reopenDays", "14"));
        Document page = Jsoup.parse(refused);
        assertThat(page.select("#teamDepartmentId.is-invalid")).hasSize(1);
        assertThat(page.select("#teamDepartmentId-error").text()).isNotBlank();
        assertThat(refused).doesNotContain("??");
    }
}
