package dev.kantor.cases.portal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.http.Cookie;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.ResolutionType;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.intake.CaseIntake;
import dev.kantor.cases.mail.Outbox;
import dev.kantor.cases.mail.OutboxMail;
import dev.kantor.cases.portal.CustomerPortal.CustomerView;
import dev.kantor.cases.resolution.Resolutions;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.cases.timeline.TimelineEntry;
import dev.kantor.cases.work.CaseQueries;
import dev.kantor.cases.work.CaseWork;
import dev.kantor.people.People;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.UserAccounts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public customer portal as customers use it, without an account: writing in, the thank-you
 * page with the private link, following the case, replying and rating; and what it does with
 * bad input, robots, floods and wrong links.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalPagesTest {

    private static final Cookie INDONESIAN = new Cookie("kantor-language", "id");
    private static final Cookie ENGLISH = new Cookie("kantor-language", "en");
    private static final Pattern LINK = Pattern.compile("/portal/cases/([A-Za-z0-9_-]{43})\"");
    private static final Pattern REFERENCE = Pattern.compile("KTR-\\d{4}-\\d{6}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseIntake intake;

    @Autowired
    CaseWork work;

    @Autowired
    Resolutions resolutions;

    @Autowired
    CustomerPortal portal;

    @Autowired
    Outbox outbox;

    @Autowired
    UserAccounts accounts;

    @Autowired
    People people;

    @Autowired
    CaseQueries queries;

    @Value("${kantor.portal.submissions-per-window:5}")
    int submissionsPerWindow;

    @Value("${kantor.portal.follow-ups-per-window:20}")
    int followUpsPerWindow;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Each test writes from an address of its own: the allowances are kept in the database, which
     * outlives a test and is shared with other test classes.
     */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /**
     * The session cookie a redirect set, to follow it as a browser does: the message for the
     * next page waits in the session, which lives in the database.
     */
    static Cookie sessionOf(MvcResult redirect) {
        Cookie session = redirect.getResponse().getCookie("SESSION");
        assertThat(session)
                .as("a session cookie carrying the next page's message")
                .isNotNull();
        return session;
    }

    static MockHttpServletRequestBuilder submission(String address, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("customerName", "Wulan Sari");
        fields.put("email", "wulan.sari@example.com");
        fields.put("phone", "+62 812 3456 7890");
        fields.put("topic", "returns");
        fields.put("type", "COMPLAINT");
        fields.put("subject", "Kulkas rusak saat diantar");
        fields.put("message", "Pintu kulkas penyok saat tiba. Mohon ditukar.");
        fields.put("website", "");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/portal").with(csrf()).with(from(address));
        fields.forEach(request::param);
        return request;
    }

    long storedCases() {
        return jdbc.sql("select count(*) from customer_case").query(Long.class).single();
    }

    long storedMails() {
        return jdbc.sql("select count(*) from outbox_mail").query(Long.class).single();
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

    CustomerCase opened(String language, String subject) {
        return intake.open(
                        new NewCase(
                                "Budi Santoso",
                                "budi.santoso@example.com",
                                null,
                                language,
                                Channel.WEB,
                                CaseType.QUESTION,
                                "delivery",
                                null,
                                subject,
                                "When will my order arrive?"),
                        null)
                .customerCase();
    }

    String agentName() {
        return people.employee(accounts.loadUserByUsername("agent").employeeId())
                .orElseThrow()
                .getFullName();
    }

    static String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aCustomerWritesInBahasaIndonesiaAndFollowsTheLinkFromTheThankYouPage() throws Exception {
        String form = page(mvc.perform(get("/portal").cookie(INDONESIAN))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form)
                .contains(
                        "Hubungi layanan pelanggan",
                        "Pengembalian barang",
                        "Keluhan",
                        "name=\"website\"",
                        "tabindex=\"-1\"",
                        "aria-hidden=\"true\"",
                        "id=\"lang-en\"",
                        "id=\"lang-id\"");
        long before = storedCases();

        MvcResult sent = mvc.perform(submission("10.1.0.1").cookie(INDONESIAN))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/portal/thanks"))
                .andReturn();

        String thanks = page(mvc.perform(get("/portal/thanks").cookie(INDONESIAN, sessionOf(sent)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andReturn());
        Matcher reference = REFERENCE.matcher(thanks);
        assertThat(reference.find())
                .as("a case reference on the thank-you page")
                .isTrue();
        Matcher link = LINK.matcher(thanks);
        assertThat(link.find()).as("the private link on the thank-you page").isTrue();
        assertThat(thanks).contains("Terima kasih atas pesan Anda", "Ikuti kasus Anda", "wulan.sari@example.com");

        CustomerView view = portal.view(link.group(1)).orElseThrow();
        CustomerCase c = jdbc.sql("select id from customer_case where reference = ?")
                .param(reference.group())
                .query(Long.class)
                .optional()
                .flatMap(id -> queries.detail(id))
                .orElseThrow()
                .customerCase();
        assertThat(storedCases()).isEqualTo(before + 1);
        assertThat(view.reference()).isEqualTo(reference.group());
        assertThat(view.type()).isEqualTo(CaseType.COMPLAINT);
        assertThat(c.getChannel()).isEqualTo(Channel.WEB);
        assertThat(view.topic()).isEqualTo("returns");
        assertThat(view.customersOwnSubject()).isEqualTo("Kulkas rusak saat diantar");
        assertThat(view.language()).isEqualTo("id");
        assertThat(view.timeline())
                .extracting(TimelineEntry::kind)
                .containsExactly(EntryKind.OPENED, EntryKind.CUSTOMER_MESSAGE);
        assertThat(outbox.forCase(c.getId())).singleElement().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo("wulan.sari@example.com");
            assertThat(mail.subject()).contains(c.getReference());
            assertThat(mail.body()).contains("Terima kasih").contains("/portal/cases/" + c.getAccessToken());
        });

        String casePage = page(mvc.perform(get("/portal/cases/" + link.group(1)).cookie(INDONESIAN))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(casePage)
                .contains(
                        c.getReference(),
                        "Kulkas rusak saat diantar",
                        "Diterima",
                        "Pintu kulkas penyok saat tiba. Mohon ditukar.",
                        "Anda menghubungi kami melalui situs web kami.");
    }

    @Test
    void theThankYouPageShownAgainLaterOnlySaysThankYou() throws Exception {
        String thanks = page(mvc.perform(get("/portal/thanks").cookie(ENGLISH))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(thanks).contains("We have received your message").doesNotContain("/portal/cases/");
        assertThat(REFERENCE.matcher(thanks).find()).isFalse();
    }

    @Test
    void badInputIsShownNextToTheFieldsInTheCustomersLanguageAndStoresNothing() throws Exception {
        long cases = storedCases();
        long mails = storedMails();

        String english = page(mvc.perform(submission(
                                "10.1.0.2",
                                "customerName",
                                "",
                                "email",
                                "wulan-at-example",
                                "message",
                                "x".repeat(5000))
                        .cookie(ENGLISH))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(english)
                .contains(
                        "Your message has not been sent yet",
                        "Required.",
                        "Not a valid e-mail address.",
                        "At most 4,000 characters.",
                        "is-invalid",
                        "value=\"Kulkas rusak saat diantar\"");

        String indonesian = page(mvc.perform(submission(
                                "10.1.0.2",
                                "customerName",
                                "",
                                "email",
                                "wulan-at-example",
                                "message",
                                "x".repeat(5000),
                                "subject",
                                "s".repeat(201),
                                "topic",
                                "no-such-topic",
                                "type",
                                "SHOUTING",
                                "phone",
                                "call me maybe")
                        .cookie(INDONESIAN))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(indonesian)
                .contains(
                        "Pesan Anda belum terkirim",
                        "Wajib diisi.",
                        "Alamat e-mail tidak valid.",
                        "Paling banyak 4.000 karakter.",
                        "Paling banyak 200 karakter.",
                        "Pilih topik dari daftar.",
                        "Nomor telepon tidak valid");

        assertThat(storedCases()).isEqualTo(cases);
        assertThat(storedMails()).isEqualTo(mails);
    }

    @Test
    void aLongMessageCountsItsCharactersAndIsRefusedWithOneMessage() throws Exception {
        org.jsoup.nodes.Document english = org.jsoup.Jsoup.parse(
                page(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/portal")
                                .cookie(ENGLISH))
                        .andExpect(status().isOk())
                        .andReturn()));
        org.jsoup.nodes.Element counter = english.getElementById("message-counter");
        assertThat(counter.text()).isEqualTo("0 of 4,000 characters");
        assertThat(counter.attr("data-counter-for")).isEqualTo("message");
        assertThat(counter.attr("data-counter-text")).isEqualTo("{0} of {1} characters");

        String refused = page(
                mvc.perform(submission("10.1.0.19", "message", "x".repeat(4500)).cookie(ENGLISH))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(refused.split("At most 4,000 characters", -1))
                .as("said once")
                .hasSize(2);
        assertThat(org.jsoup.Jsoup.parse(refused)
                        .getElementById("message-counter")
                        .text())
                .isEqualTo("4,500 of 4,000 characters");

        String indonesian = page(
                mvc.perform(submission("10.1.0.19", "message", "x".repeat(4500)).cookie(INDONESIAN))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(indonesian.split("Paling banyak 4.000 karakter", -1))
                .as("said once")
                .hasSize(2);
        assertThat(org.jsoup.Jsoup.parse(indonesian)
                        .getElementById("message-counter")
                        .text())
                .isEqualTo("4.500 dari 4.000 karakter");
    }

    @Test
    void textThatCannotBeStoredIsShownNextToItsFieldAndStoresNothing() throws Exception {
        long cases = storedCases();

        String form =
                page(mvc.perform(submission("10.1.0.9", "subject", "Kulkas\u0000rusak", "phone", "+62 812\u0007 3456")
                                .cookie(INDONESIAN))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(form).contains("Pesan Anda belum terkirim", "Berisi karakter yang tidak dapat disimpan");
        assertThat(form)
                .containsPattern("name=\"subject\"[^>]*is-invalid|is-invalid[^>]*name=\"subject\"")
                .containsPattern("name=\"phone\"[^>]*is-invalid|is-invalid[^>]*name=\"phone\"");
        assertThat(storedCases()).isEqualTo(cases);

        CustomerCase c = opened("en", "Where is my parcel?");
        String reply = page(mvc.perform(post("/portal/cases/" + c.getAccessToken() + "/reply")
                        .with(csrf())
                        .with(from("10.1.0.9"))
                        .cookie(ENGLISH)
                        .param("text", "Still\u0000waiting"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(reply).contains("Contains characters that cannot be stored");
        assertThat(portal.view(c.getAccessToken()).orElseThrow().timeline())
                .extracting(TimelineEntry::kind)
                .containsExactly(EntryKind.OPENED, EntryKind.CUSTOMER_MESSAGE);
    }

    @Test
    void aReplyNamingAFileFarBeyondAnyFormIsRefusedNotAnError() throws Exception {
        CustomerCase c = opened("en", "Where is my invoice?");
        int entries = portal.view(c.getAccessToken()).orElseThrow().timeline().size();

        mvc.perform(post("/portal/cases/" + c.getAccessToken() + "/reply")
                        .with(csrf())
                        .with(from("10.1.0.10"))
                        .cookie(ENGLISH)
                        .param("text", "Here it is")
                        .param("files[300]", ""))
                .andExpect(status().isBadRequest());
        assertThat(portal.view(c.getAccessToken()).orElseThrow().timeline()).hasSize(entries);
    }

    @Test
    void anAbsurdlyLargeFormIsRefusedUnread() throws Exception {
        long cases = storedCases();
        String body = "customerName=Wulan&email=w%40example.com&topic=other&type=QUESTION&subject=Hi&message="
                + "x".repeat(200_000);

        mvc.perform(post("/portal")
                        .with(csrf())
                        .with(from("10.1.0.3"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(body))
                .andExpect(status().isPayloadTooLarge());

        assertThat(storedCases()).isEqualTo(cases);
    }

    @Test
    void aFilledInHoneypotLooksAcceptedButStoresNothing() throws Exception {
        long cases = storedCases();
        long mails = storedMails();

        MvcResult sent = mvc.perform(
                        submission("10.1.0.4", "website", "http://spam.example").cookie(ENGLISH))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/portal/thanks"))
                .andReturn();
        assertThat(sent.getFlashMap().isEmpty())
                .as("nothing carried to the thank-you page")
                .isTrue();
        String thanks = page(mvc.perform(get("/portal/thanks").cookie(ENGLISH))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(thanks)
                .contains("Thank you for your message", "We have received your message")
                .doesNotContain("/portal/cases/");
        assertThat(storedCases()).isEqualTo(cases);
        assertThat(storedMails()).isEqualTo(mails);
    }

    @Test
    void tooManySubmissionsFromOneAddressGetAFriendly429AndStoreNothingMore() throws Exception {
        String address = "10.9.8.7";
        long before = storedCases();
        // forms sent back for correction stored nothing, so they do not count
        mvc.perform(submission(address, "email", "")).andExpect(status().isOk());

        for (int i = 0; i < submissionsPerWindow; i++) {
            mvc.perform(submission(address).cookie(ENGLISH)).andExpect(status().is3xxRedirection());
        }
        String refused = page(
                mvc.perform(submission(address, "subject", "One more thing").cookie(ENGLISH))
                        .andExpect(status().isTooManyRequests())
                        .andExpect(header().exists("Retry-After"))
                        .andReturn());
        String refusedInIndonesian = page(mvc.perform(submission(address).cookie(INDONESIAN))
                .andExpect(status().isTooManyRequests())
                .andReturn());
        // a robot is stopped by the same limit, so the honeypot gives nothing away
        mvc.perform(submission(address, "website", "spam")).andExpect(status().isTooManyRequests());

        assertThat(refused)
                .contains(
                        "You have sent several messages in a short time. Please wait a few minutes",
                        "value=\"One more thing\"");
        assertThat(refusedInIndonesian).contains("Anda telah mengirim beberapa pesan dalam waktu singkat");
        assertThat(storedCases()).isEqualTo(before + submissionsPerWindow);

        // others are not held up by one busy address
        mvc.perform(submission("10.9.8.8")).andExpect(status().is3xxRedirection());
        assertThat(storedCases()).isEqualTo(before + submissionsPerWindow + 1);
    }

    @Test
    void repliesAndRatingsFromOneAddressAreLimitedToo() throws Exception {
        CustomerCase c = opened("en", "Can I pay in instalments?");
        String link = "/portal/cases/" + c.getAccessToken();
        int entries = portal.view(c.getAccessToken()).orElseThrow().timeline().size();

        for (int i = 0; i < followUpsPerWindow; i++) {
            mvc.perform(post(link + "/reply")
                            .with(csrf())
                            .with(from("10.9.8.9"))
                            .param("text", "Message " + i))
                    .andExpect(status().is3xxRedirection());
        }
        String refused = page(mvc.perform(post(link + "/reply")
                        .with(csrf())
                        .with(from("10.9.8.9"))
                        .cookie(ENGLISH)
                        .param("text", "One message too many"))
                .andExpect(status().isTooManyRequests())
                .andReturn());
        mvc.perform(post(link + "/rating").with(csrf()).with(from("10.9.8.9")).param("stars", "5"))
                .andExpect(status().isTooManyRequests());

        assertThat(refused).contains("Please wait a few minutes", "One message too many");
        assertThat(portal.view(c.getAccessToken()).orElseThrow().timeline()).hasSize(entries + followUpsPerWindow);
    }

    @Test
    void thePrivateLinkShowsThePublicTimelineAndTakesReplies() throws Exception {
        CustomerCase c = opened("en", "Where is my order?");
        CustomerCase taken = as("agent", () -> work.take(c.getId(), c.getVersion()));
        CustomerCase replied = as(
                "agent",
                () -> work.reply(c.getId(), "Your parcel leaves our warehouse today.", false, taken.getVersion()));
        as("agent", () -> {
            work.note(c.getId(), "Internal: courier was late twice this week");
            return null;
        });
        String link = "/portal/cases/" + c.getAccessToken();

        String page = page(mvc.perform(get(link).cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andReturn());
        assertThat(page)
                .contains(
                        c.getReference(),
                        "Where is my order?",
                        "Being handled",
                        "You wrote to us through our website.",
                        "When will my order arrive?",
                        agentName() + " is now helping you.",
                        agentName() + " replied",
                        "Your parcel leaves our warehouse today.",
                        "id=\"reply\"")
                .doesNotContain("courier was late", "id=\"rating\"");
        assertThat(page.indexOf("When will my order arrive?"))
                .isLessThan(page.indexOf("Your parcel leaves our warehouse today."));

        MvcResult sent = mvc.perform(post(link + "/reply")
                        .with(csrf())
                        .with(from("10.1.0.5"))
                        .cookie(ENGLISH)
                        .param("text", "Thank you, I will be at home."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(link))
                .andReturn();
        assertThat(page(mvc.perform(get(link).cookie(ENGLISH, sessionOf(sent))).andReturn()))
                .contains("Your message was added to your case.", "Thank you, I will be at home.");
        List<TimelineEntry> timeline =
                portal.view(c.getAccessToken()).orElseThrow().timeline();
        assertThat(timeline.get(timeline.size() - 1)).satisfies(last -> {
            assertThat(last.kind()).isEqualTo(EntryKind.CUSTOMER_MESSAGE);
            assertThat(last.body()).isEqualTo("Thank you, I will be at home.");
        });

        mvc.perform(post(link + "/reply")
                        .with(csrf())
                        .with(from("10.1.0.5"))
                        .cookie(ENGLISH)
                        .param("text", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Required.")));
        mvc.perform(post(link + "/reply")
                        .with(csrf())
                        .with(from("10.1.0.5"))
                        .cookie(INDONESIAN)
                        .param("text", "y".repeat(4001)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Paling banyak 4.000 karakter.")));
        assertThat(portal.view(c.getAccessToken()).orElseThrow().timeline()).hasSameSizeAs(timeline);
        assertThat(replied.getStatus()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void aResolutionCarriedOutIsShownInRupiahWithoutTheStaffsNote() throws Exception {
        CustomerCase c = opened("id", "Kipas angin mati");
        CustomerCase taken = as("agent", () -> work.take(c.getId(), c.getVersion()));
        as(
                "agent",
                () -> resolutions.propose(
                        c.getId(),
                        ResolutionType.REFUND,
                        250_000L,
                        "Internal: customer is a regular",
                        taken.getVersion(),
                        false));

        assertThat(page(mvc.perform(get("/portal/cases/" + c.getAccessToken()).cookie(ENGLISH))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("Refund of Rp 250.000 carried out", "Status changed to: Resolved", "How did we do?")
                .doesNotContain("customer is a regular");
        assertThat(page(mvc.perform(get("/portal/cases/" + c.getAccessToken()).cookie(INDONESIAN))
                        .andReturn()))
                .contains("Pengembalian dana sebesar Rp 250.000 telah dilakukan", "Selesai");
    }

    @Test
    void wrongAndMalformedLinksAllGetTheSameNotFoundPage() throws Exception {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String wrong = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        assertThat(wrong).hasSize(43);

        String expected = notFound(get("/portal/cases/" + wrong));
        assertThat(expected).contains("Case not found", "This link does not lead to a case.");
        for (String path : List.of(
                "/portal/cases/abc",
                "/portal/cases/not a token",
                "/portal/cases/" + "A".repeat(65),
                "/portal/cases/" + wrong.substring(0, 42) + "!",
                "/portal/cases/" + wrong + "/more",
                "/portal/cases/",
                "/portal/cases")) {
            assertThat(notFound(get(path))).as(path).isEqualTo(expected);
        }
        assertThat(notFound(post("/portal/cases/" + wrong + "/reply").param("text", "Hello")))
                .isEqualTo(expected);
        assertThat(notFound(post("/portal/cases/abc/rating").param("stars", "5")))
                .isEqualTo(expected);
    }

    /** The 404 page for a request, with the per-request CSRF token taken out so that pages compare. */
    String notFound(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(
                        request.with(csrf()).with(from("10.1.0.6")).cookie(ENGLISH))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn();
        return page(result).replaceAll("(<meta name=\"_csrf\" content=\")[^\"]*", "$1");
    }

    @Test
    void ratingWaitsForTheResolutionAndIsTakenOnce() throws Exception {
        CustomerCase c = opened("en", "Is this fan still under warranty?");
        String link = "/portal/cases/" + c.getAccessToken();

        String early = page(mvc.perform(post(link + "/rating")
                        .with(csrf())
                        .with(from("10.1.0.7"))
                        .cookie(ENGLISH)
                        .param("stars", "5"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(early).contains("The service can be rated once the case is resolved.");
        assertThat(portal.view(c.getAccessToken()).orElseThrow().rating()).isNull();

        CustomerCase taken = as("agent", () -> work.take(c.getId(), c.getVersion()));
        as("agent", () -> work.changeStatus(c.getId(), CaseStatus.RESOLVED, taken.getVersion()));
        assertThat(page(mvc.perform(get(link).cookie(ENGLISH)).andReturn()))
                .contains("Resolved", "How did we do?", "id=\"rating\"", "Excellent");

        assertThat(page(mvc.perform(post(link + "/rating")
                                .with(csrf())
                                .with(from("10.1.0.7"))
                                .cookie(ENGLISH)
                                .param("stars", "9"))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("Choose from 1 to 5 stars.");
        assertThat(page(mvc.perform(post(link + "/rating")
                                .with(csrf())
                                .with(from("10.1.0.7"))
                                .cookie(ENGLISH)
                                .param("comment", "c".repeat(2001)))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("Required.", "At most 2,000 characters.");

        MvcResult rated = mvc.perform(post(link + "/rating")
                        .with(csrf())
                        .with(from("10.1.0.7"))
                        .cookie(ENGLISH)
                        .param("stars", "4")
                        .param("comment", "Quick and friendly"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(link))
                .andReturn();
        assertThat(portal.view(c.getAccessToken()).orElseThrow().rating()).isEqualTo(4);
        assertThat(page(mvc.perform(get(link).cookie(ENGLISH, sessionOf(rated))).andReturn()))
                .contains(
                        "Thank you for your rating!",
                        "4 of 5 stars",
                        "Quick and friendly",
                        "You rated our service 4 of 5.")
                .doesNotContain("id=\"rating\"");

        assertThat(page(mvc.perform(post(link + "/rating")
                                .with(csrf())
                                .with(from("10.1.0.7"))
                                .cookie(ENGLISH)
                                .param("stars", "1"))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("This case has already been rated. Thank you!");
        assertThat(portal.view(c.getAccessToken()).orElseThrow().rating()).isEqualTo(4);
        List<OutboxMail> mails = outbox.forCase(c.getId());
        assertThat(mails).hasSize(2);
    }

    @Test
    void staffPreviewTheCustomersPageReadOnlyInBothLanguages() throws Exception {
        CustomerCase c = opened("en", "Is my sofa in stock?");
        CustomerCase taken = as("agent", () -> work.take(c.getId(), c.getVersion()));
        as("agent", () -> work.reply(c.getId(), "It arrives on Friday.", false, taken.getVersion()));
        KantorUser agent = accounts.loadUserByUsername("agent");
        String preview = "/cases/" + c.getId() + "/portal-preview";

        String english = page(mvc.perform(get(preview).with(user(agent)).cookie(ENGLISH))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(english)
                .contains(
                        "id=\"preview-banner\"",
                        "Preview: this is what the customer sees.",
                        "Is my sofa in stock?",
                        "It arrives on Friday.",
                        agentName() + " replied",
                        "href=\"/cases/" + c.getId() + "\"")
                .doesNotContain("id=\"reply\"", "id=\"rating\"", "<form", "/reply\"", "/rating\"", c.getAccessToken());
        assertThat(page(mvc.perform(get(preview).with(user(agent)).cookie(INDONESIAN))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("Pratinjau: inilah yang dilihat pelanggan.", "Kembali ke kasus")
                .doesNotContain("id=\"reply\"");

        // only staff preview; a customer has their own link, and nobody else sees any case this way
        mvc.perform(get(preview).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/cases/999999999/portal-preview").with(user(agent))).andExpect(status().isNotFound());
    }

    @Test
    void theCasePageOffersThePrivateLinkToCopyAndThePreview() throws Exception {
        CustomerCase c = opened("en", "Do you deliver to Bogor?");

        String casePage = page(mvc.perform(get("/cases/" + c.getId())
                        .with(user(accounts.loadUserByUsername("agent")))
                        .cookie(ENGLISH))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(casePage)
                .contains(
                        "id=\"private-link\"",
                        "readonly",
                        "value=\"http://localhost:8080/portal/cases/" + c.getAccessToken() + "\"",
                        "id=\"copy-private-link\"",
                        "href=\"/cases/" + c.getId() + "/portal-preview\"",
                        "See what the customer sees")
                .doesNotContain("href=\"/portal/cases/" + c.getAccessToken());
    }

    @Test
    void aSignedInEmployeeCannotWriteInThroughThePortalAsIfTheyWereTheCustomer() throws Exception {
        KantorUser agent = accounts.loadUserByUsername("agent");
        long cases = storedCases();

        assertThat(page(mvc.perform(get("/portal").with(user(agent)).cookie(ENGLISH))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("id=\"staff-signed-in\"", "recorded as the customer&#39;s own words", "href=\"/cases/new\"");
        String refused =
                page(mvc.perform(submission("10.1.0.9").with(user(agent)).cookie(INDONESIAN))
                        .andExpect(status().isForbidden())
                        .andReturn());

        assertThat(refused)
                .contains(
                        "tercatat sebagai kata-kata pelanggan sendiri",
                        "Catat kontak",
                        "value=\"Kulkas rusak saat diantar\"");
        assertThat(storedCases()).isEqualTo(cases);
        assertThat(page(mvc.perform(get("/portal").cookie(ENGLISH)).andReturn()))
                .doesNotContain("staff-signed-in");
    }

    @Test
    void aSignedInEmployeeWhoOpensThePrivateLinkIsNeverRecordedAsTheCustomer() throws Exception {
        CustomerCase c = opened("en", "My fan is making a noise");
        CustomerCase taken = as("agent", () -> work.take(c.getId(), c.getVersion()));
        as("agent", () -> work.changeStatus(c.getId(), CaseStatus.RESOLVED, taken.getVersion()));
        KantorUser agent = accounts.loadUserByUsername("agent");
        String link = "/portal/cases/" + c.getAccessToken();
        int entries = portal.view(c.getAccessToken()).orElseThrow().timeline().size();

        // the link opens the customer's page read-only
        assertThat(page(mvc.perform(get(link).with(user(agent)).cookie(ENGLISH))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("Preview: this is what the customer sees.", "My fan is making a noise")
                .doesNotContain("id=\"reply\"", "id=\"rating\"", "<form");

        // and what the employee sends anyway is refused, in their language, and changes nothing
        String refused = page(mvc.perform(post(link + "/reply")
                        .with(user(agent))
                        .with(csrf())
                        .with(from("10.1.0.8"))
                        .cookie(ENGLISH)
                        .param("text", "Typed by staff on the customer's page"))
                .andExpect(status().isForbidden())
                .andReturn());
        assertThat(refused)
                .contains(
                        "what you write here would be recorded as the customer",
                        "Preview: this is what the customer sees.");
        assertThat(page(mvc.perform(post(link + "/rating")
                                .with(user(agent))
                                .with(csrf())
                                .with(from("10.1.0.8"))
                                .cookie(INDONESIAN)
                                .param("stars", "5"))
                        .andExpect(status().isForbidden())
                        .andReturn()))
                .contains("akan tercatat sebagai kata-kata pelanggan");
        CustomerView after = portal.view(c.getAccessToken()).orElseThrow();
        assertThat(after.timeline()).hasSize(entries);
        assertThat(after.status()).as("not reopened by staff").isEqualTo(CaseStatus.RESOLVED);
        assertThat(after.rating()).isNull();

        // the service itself refuses a signed-in employee, whichever way they reach it
        assertThatThrownBy(() -> as("agent", () -> {
                    portal.reply(c.getAccessToken(), "Typed by staff");
                    return null;
                }))
                .hasFieldOrPropertyWithValue("messageKey", "portal.staff-cannot-write");
        assertThatThrownBy(() -> as("manager", () -> {
                    portal.rate(c.getAccessToken(), 5, null);
                    return null;
                }))
                .hasFieldOrPropertyWithValue("kind", KantorException.Kind.FORBIDDEN);

        // while the customer, with no session, still replies and rates
        mvc.perform(post(link + "/rating").with(csrf()).with(from("10.1.0.8")).param("stars", "4"))
                .andExpect(status().is3xxRedirection());
        assertThat(portal.view(c.getAccessToken()).orElseThrow().rating()).isEqualTo(4);
    }
}
