package dev.kantor.cases;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import jakarta.servlet.http.Cookie;

import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.help.StepIns;
import dev.kantor.cases.intake.CaseIntake;
import dev.kantor.cases.mail.Outbox;
import dev.kantor.cases.mail.OutboxMail;
import dev.kantor.cases.portal.CustomerPortal;
import dev.kantor.cases.resolution.ProposalOutcome;
import dev.kantor.cases.resolution.Resolutions;
import dev.kantor.cases.timeline.TimelineEntry;
import dev.kantor.cases.work.CaseQueries;
import dev.kantor.cases.work.CaseWork;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.UserAccounts;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.routing.handoffs.Handoff;
import dev.kantor.routing.handoffs.HandoffRequest;
import dev.kantor.routing.handoffs.HandoffStart;
import dev.kantor.routing.handoffs.OfferAnswers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What staff write for each other never reaches the customer: a distinctive secret is written
 * through every way staff can put text on a case (the "Help a customer" context, a walk-in's
 * subject and description, notes from the page and the API, a request for the manager's help,
 * resolution notes, a rejection's reason, a handoff's context and a decline's reason), and none
 * of it shows on the customer's portal page, in what the portal reads, or in any e-mail to them.
 * The one text staff write for the customer, a reply, does reach them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffTextStaysInternalTest {

    /** Every secret starts with this, so that one search finds any of them. */
    private static final String SECRET = "ZQX-STAFF-ONLY";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseIntake intake;

    @Autowired
    CaseWork work;

    @Autowired
    StepIns stepIns;

    @Autowired
    CaseQueries queries;

    @Autowired
    Resolutions resolutions;

    @Autowired
    CustomerPortal portal;

    @Autowired
    Outbox outbox;

    @Autowired
    HandoffStart handoffs;

    @Autowired
    OfferAnswers offers;

    @Autowired
    PresenceBoard presence;

    @Autowired
    UserAccounts accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    <T> T as(String username, Supplier<T> action) {
        KantorUser user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String secret(String path) {
        return SECRET + "-" + path;
    }

    static String anEmail() {
        return "customer-" + UUID.randomUUID() + "@example.com";
    }

    CustomerCase fromThePortal(String email) {
        return intake.open(
                        new NewCase(
                                "Wulan Sari",
                                email,
                                null,
                                "en",
                                Channel.WEB,
                                CaseType.COMPLAINT,
                                "returns",
                                null,
                                "Fridge door dented",
                                "The door was dented when it arrived."),
                        null)
                .customerCase();
    }

    CustomerCase current(long caseId) {
        return queries.detail(caseId).orElseThrow().customerCase();
    }

    long caseOf(String email) {
        return jdbc.sql("select c.id from customer_case c join customer u on u.id = c.customer_id where u.email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    @Test
    void staffTextNeverReachesThePortalOrTheCustomersMail() throws Exception {
        KantorUser agent = accounts.loadUserByUsername("agent");
        KantorUser accountant = accounts.loadUserByUsername("accountant");
        presence.set(agent.employeeId(), PresenceStatus.AVAILABLE, null, PresenceSource.MANUAL);
        List<Long> cases = new ArrayList<>();

        // "Help a customer" for someone standing at the desk, with context for the colleague
        String walkInEmail = anEmail();
        mvc.perform(post("/help")
                        .with(user(accountant))
                        .with(csrf())
                        .param("topic", "warranty")
                        .param("language", "en")
                        .param("customerName", "Ibu Kartika")
                        .param("customerEmail", walkInEmail)
                        .param("note", secret("help-context")))
                .andExpect(status().is3xxRedirection());
        cases.add(caseOf(walkInEmail));

        // a walk-in logged on the case page: the subject and description are the employee's words
        String loggedEmail = anEmail();
        mvc.perform(post("/cases/new")
                        .with(user(agent))
                        .with(csrf())
                        .param("customerName", "Pak Budi")
                        .param("email", loggedEmail)
                        .param("language", "en")
                        .param("channel", "WALK_IN")
                        .param("type", "QUESTION")
                        .param("topic", "delivery")
                        .param("priority", "NORMAL")
                        .param("subject", secret("walk-in-subject"))
                        .param("message", secret("walk-in-description")))
                .andExpect(status().is3xxRedirection());
        cases.add(caseOf(loggedEmail));

        // a case the customer wrote themselves, worked by staff: notes, help, a rejected and an approved refund
        CustomerCase worked = fromThePortal(anEmail());
        cases.add(worked.getId());
        as("agent", () -> work.take(worked.getId(), worked.getVersion()));
        mvc.perform(post("/cases/" + worked.getId() + "/note")
                        .with(user(agent))
                        .with(csrf())
                        .param("text", secret("page-note")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/cases/" + worked.getId() + "/messages")
                        .with(user(agent))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + secret("api-note") + "\", \"internal\": true}"))
                .andExpect(status().isCreated());
        as(
                "agent",
                () -> stepIns.ask(
                        worked.getId(),
                        secret("help-reason"),
                        current(worked.getId()).getVersion()));
        ProposalOutcome refused = as(
                "agent",
                () -> resolutions.propose(
                        worked.getId(),
                        ResolutionType.REFUND,
                        3_000_000L,
                        secret("rejected-note"),
                        current(worked.getId()).getVersion(),
                        false));
        as("manager", () -> resolutions.reject(refused.action().getId(), secret("rejection-reason")));
        ProposalOutcome approved = as(
                "agent",
                () -> resolutions.propose(
                        worked.getId(),
                        ResolutionType.REFUND,
                        3_000_000L,
                        secret("approved-note"),
                        current(worked.getId()).getVersion(),
                        false));
        as("manager", () -> resolutions.approve(approved.action().getId()));

        // another: a reply, a handoff with context that the colleague declines with a reason, a refund at once
        CustomerCase handed = fromThePortal(anEmail());
        cases.add(handed.getId());
        as("agent", () -> work.take(handed.getId(), handed.getVersion()));
        as(
                "agent",
                () -> work.reply(
                        handed.getId(),
                        "We are looking into it.",
                        false,
                        current(handed.getId()).getVersion()));
        Handoff handoff = as(
                "accountant",
                () -> handoffs.start(new HandoffRequest(
                        handed.getId(),
                        null,
                        null,
                        null,
                        "returns",
                        "en",
                        secret("handoff-context"),
                        agent.employeeId())));
        as("agent", () -> offers.decline(handoff.getId(), secret("decline-reason")));
        as(
                "agent",
                () -> resolutions.propose(
                        handed.getId(),
                        ResolutionType.REFUND,
                        200_000L,
                        secret("carried-out-note"),
                        current(handed.getId()).getVersion(),
                        false));

        for (long id : cases) {
            CustomerCase c = current(id);
            for (String language : List.of("en", "id")) {
                String page = mvc.perform(get("/portal/cases/" + c.getAccessToken())
                                .cookie(new Cookie("kantor-language", language)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                assertThat(page)
                        .as("the portal page of %s in %s", c.getReference(), language)
                        .contains(c.getReference())
                        .doesNotContain(SECRET);
            }
            assertThat(portal.view(c.getAccessToken()).orElseThrow().timeline())
                    .as("what the portal reads of %s", c.getReference())
                    .extracting(TimelineEntry::body)
                    .noneMatch(body -> body != null && body.contains(SECRET));
            List<OutboxMail> mails = outbox.forCase(id);
            assertThat(mails)
                    .as("the mails about %s", c.getReference())
                    .isNotEmpty()
                    .allSatisfy(mail -> assertThat(mail.subject() + mail.body()).doesNotContain(SECRET));
        }
        assertThat(outbox.forCase(handed.getId())).anySatisfy(mail -> assertThat(mail.body())
                .as("a reply does reach the customer")
                .contains("We are looking into it."));
        assertThat(mvc.perform(get("/portal/cases/" + handed.getAccessToken()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("We are looking into it.", "Refund of Rp 200.000 carried out");
        assertThat(mvc.perform(get("/portal/cases/" + worked.getAccessToken()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Refund of Rp 3.000.000 approved");

        // and staff still read all of it on the case
        String staffPage = mvc.perform(get("/cases/" + worked.getId()).with(user(agent)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(staffPage)
                .contains(
                        secret("page-note"),
                        secret("api-note"),
                        secret("help-reason"),
                        secret("rejected-note"),
                        secret("rejection-reason"),
                        secret("approved-note"));
        assertThat(mvc.perform(get("/cases/" + cases.get(0)).with(user(agent)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains(secret("help-context"));
        assertThat(mvc.perform(get("/cases/" + cases.get(1)).with(user(agent)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains(secret("walk-in-subject"), secret("walk-in-description"));
        assertThat(mvc.perform(get("/cases/" + handed.getId()).with(user(agent)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains(secret("handoff-context"), secret("decline-reason"), secret("carried-out-note"));
    }
}
