package dev.kantor.chat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.kantor.cases.mail.Outbox;
import dev.kantor.cases.mail.OutboxMail;
import dev.kantor.cases.timeline.CaseTimeline;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web chat over HTTP with the demo company: a customer starts a chat, the demo agent (on the chat queue)
 * takes it, they talk, and the chat ends as a CHAT case with its transcript; and everything that is refused.
 * Runs on H2 and on PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ChatApiContract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    CaseTimeline timeline;

    @Autowired
    dev.kantor.chat.customer.CustomerChats customers;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    dev.kantor.chat.desk.ChatDesk desk;

    @Autowired
    ChatQueue queue;

    @Autowired
    dev.kantor.chat.conversation.Conversations conversations;

    @Autowired
    dev.kantor.calendar.BusinessCalendars calendars;

    @Autowired
    org.springframework.context.MessageSource messages;

    @org.springframework.beans.factory.annotation.Value("${kantor.chat.starts-per-window:5}")
    int startsPerWindow;

    /** Chats this test started: ended afterwards, so that no other test finds them waiting or held. */
    private final List<String> started = new ArrayList<>();

    /** A chat as its customer holds it: its id (which opens nothing) and the token in their cookie. */
    record Customer(long chatId, long caseId, String token, JsonNode view) {}

    Answer call(String user, String method, String path, String body) throws IOException, InterruptedException {
        return ApiCalls.call(port, user, method, path, body);
    }

    Answer asCustomer(String token, String method, String path, String body) throws Exception {
        return token == null
                ? ApiCalls.call(port, null, method, path, body)
                : ApiCalls.call(port, null, method, path, body, "Cookie", "KANTOR_CHAT=" + token);
    }

    @BeforeEach
    void theAgentIsAtTheDesk() throws Exception {
        everyAddressMayStartChats();
        assertThat(call("agent", "PUT", "/api/presence/me", "{\"status\": \"AVAILABLE\"}")
                        .status())
                .isEqualTo(200);
    }

    @AfterEach
    void endTheChatsStarted() throws Exception {
        for (String token : started) {
            asCustomer(token, "POST", "/api/chat/conversation/end", null);
        }
        everyAddressMayStartChats();
    }

    /**
     * Every test starts its chats from this machine's address: its allowance, kept in the database with the
     * portal's, is forgotten before and after each test so that no test inherits another's starts.
     */
    void everyAddressMayStartChats() {
        jdbc.sql("delete from portal_allowance where allowance_key like 'chat-start:%'")
                .update();
    }

    Customer start(String name, String email) throws Exception {
        String body =
                """
                {"customerName": "%s", "email": %s, "topic": "warranty", "language": "id",
                 "message": "My blender stopped working after a week."}"""
                        .formatted(name, email == null ? "null" : "\"" + email + "\"");
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/conversations"))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("KANTOR_CHAT=").contains("HttpOnly").contains("SameSite=Strict");
        String token = cookie.substring("KANTOR_CHAT=".length(), cookie.indexOf(';'));
        started.add(token);
        JsonNode view = JsonMapper.builder().build().readTree(response.body());
        // the id is not in the customer's answer: find it as the agent's desk lists it, by the case reference
        JsonNode waiting = waitingChat(view.get("caseReference").asString());
        return new Customer(waiting.get("id").asLong(), waiting.get("caseId").asLong(), token, view);
    }

    /** The chat's id, as managers see the chats waiting: the customer is never told it, and needs it for nothing. */
    private JsonNode waitingChat(String reference) throws Exception {
        for (JsonNode waiting :
                call("manager", "GET", "/api/chat/waiting?size=200", null).items()) {
            if (waiting.get("caseReference").asString().equals(reference)) {
                return waiting;
            }
        }
        throw new AssertionError("chat of " + reference + " not waiting");
    }

    @Test
    void aCustomerWaitsInTheQueueThenTalksLiveWithTheAgentWhoAccepts() throws Exception {
        Customer c = start("Bu Ratna", null);
        assertThat(c.view().get("state").asString()).isEqualTo("WAITING");
        assertThat(c.view().get("position").asInt()).isPositive();
        assertThat(c.view().path("unattended").asString(null))
                .as("the agent is available and qualified: only closing time keeps them away")
                .isEqualTo(open() ? null : "CLOSED");
        assertThat(unattendedAt(nextHour(true), c.token())).isNull();
        assertThat(unattendedAt(nextHour(false), c.token())).isEqualTo("CLOSED");
        assertThat(c.view().get("messages").get(0).get("text").asString()).contains("blender");

        Answer accepted = call("agent", "POST", "/api/chat/chats/" + c.chatId() + "/accept", null);
        assertThat(accepted.status()).as("%s", accepted.body()).isEqualTo(200);
        assertThat(call("agent", "POST", "/api/chat/chats/" + c.chatId() + "/accept", null)
                        .status())
                .as("taken already")
                .isEqualTo(409);
        JsonNode desk = call("agent", "GET", "/api/chat/desk", null).body();
        assertThat(desk.get("chats").findValuesAsString("caseReference"))
                .contains(c.view().get("caseReference").asString());

        HttpResponse<String> casePage = page("manager", "/cases/" + c.caseId());
        assertThat(casePage.statusCode()).isEqualTo(200);
        assertThat(casePage.body())
                .as("the case page links to its chat, live while it runs")
                .contains("id=\"case-chat-link\" href=\"/chat/chats/" + c.chatId() + "\"")
                .contains(messages.getMessage("cases.chat.live", null, java.util.Locale.ENGLISH));
        HttpResponse<String> chatPage = page("manager", "/chat/chats/" + c.chatId());
        assertThat(chatPage.statusCode()).isEqualTo(200);
        assertThat(chatPage.body())
                .contains("blender")
                .contains("href=\"/cases/" + c.caseId() + "\"")
                .as("only the agent who holds it answers it, on the desk")
                .doesNotContain("chat-on-desk");
        assertThat(page("agent", "/chat/chats/" + c.chatId()).body())
                .contains("id=\"chat-on-desk\" href=\"/chat?open=" + c.chatId() + "\"");

        JsonNode customerView = asCustomer(c.token(), "GET", "/api/chat/conversation?after=0&wait=false", null)
                .body();
        assertThat(customerView.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(customerView.get("agentName").asString()).isEqualTo("Agus Pratama");
        long seen = customerView.get("lastSeq").asLong();

        // the customer waits for the next message; the agent writes; the wait ends with it
        CompletableFuture<Answer> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return asCustomer(c.token(), "GET", "/api/chat/conversation?after=" + seen, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        long sentAt = System.nanoTime();
        assertThat(call(
                                "agent",
                                "POST",
                                "/api/chat/chats/" + c.chatId() + "/messages",
                                "{\"text\": \"Do you have the receipt?\"}")
                        .status())
                .isEqualTo(201);
        Answer delivered = waiting.get(10, TimeUnit.SECONDS);
        assertThat((System.nanoTime() - sentAt) / 1_000_000)
                .as("delivered in ms")
                .isLessThan(2000);
        assertThat(delivered.body().get("messages").findValuesAsString("text"))
                .containsExactly("Do you have the receipt?");

        assertThat(asCustomer(c.token(), "POST", "/api/chat/conversation/messages", "{\"text\": \"Yes, from March.\"}")
                        .status())
                .isEqualTo(201);
        JsonNode agentView = call("agent", "GET", "/api/chat/chats/" + c.chatId() + "?after=0&wait=false", null)
                .body();
        assertThat(agentView.get("messages").findValuesAsString("text")).contains("Yes, from March.");
    }

    /**
     * The limit of chats at once holds however many accepts arrive together: each one counts the agent's chats
     * under a lock in the database, so that neither a second thread nor a second node slips past the count.
     */
    @Test
    void anAgentAcceptingManyChatsAtOnceNeverHoldsMoreThanTheirLimit() throws Exception {
        long agus = call("agent", "GET", "/api/people?q=agus.pratama@sinarmaju.example", null)
                .body()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        int limitBefore = queue.agents().get(agus);
        int held = conversations.heldBy(agus).size();
        queue.staff(agus, held + 2);
        try {
            List<Long> chats = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                var chat = customers.start(new dev.kantor.chat.customer.StartChat(
                        "Race " + i, null, "warranty", "id", "My blender stopped working."));
                started.add(chat.token());
                chats.add(chat.chat().id());
            }
            List<java.util.concurrent.Callable<Boolean>> accepts = chats.stream()
                    .map(id -> (java.util.concurrent.Callable<Boolean>) () -> {
                        try {
                            desk.accept(agus, id, java.util.Locale.ENGLISH);
                            return true;
                        } catch (dev.kantor.platform.KantorException refused) {
                            return false;
                        }
                    })
                    .toList();

            List<Boolean> accepted = dev.kantor.support.AtOnce.run(accepts);

            assertThat(accepted).filteredOn(Boolean::booleanValue).hasSize(2);
            assertThat(conversations.heldBy(agus)).hasSize(held + 2);
        } finally {
            queue.staff(agus, limitBefore);
        }
    }

    /** A page as a signed-in demo user sees it, in English. */
    HttpResponse<String> page(String user, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                        .header("Accept-Language", "en")
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    boolean open() {
        return calendars.current().isOpen(java.time.Instant.now());
    }

    /** The next whole hour from now when the business is open (or closed): to ask as if it were then. */
    java.time.Instant nextHour(boolean open) {
        java.time.Instant at = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        while (calendars.current().isOpen(at.plusSeconds(1800)) != open) {
            at = at.plusSeconds(3600);
        }
        return at.plusSeconds(1800);
    }

    /** Why nobody comes to this chat, as its customer would be told at that moment. */
    String unattendedAt(java.time.Instant at, String token) {
        return dev.kantor.platform.ReplayableClock.at(
                at, () -> customers.view(token, 0).unattended());
    }

    /**
     * With nobody on the chat queue, the start page says so before the customer starts, and the waiting customer is
     * told so in their chat and leaves the question as a message: the chat ends, the case stays open for an answer
     * by e-mail at the address they gave, which gets the case's reference and private link.
     */
    @Test
    void aCustomerNobodyCanServeIsToldSoAndLeavesTheQuestionAsAMessageAnsweredByEmail() throws Exception {
        String why = open() ? "NOBODY" : "CLOSED";
        String email = "ratna." + UUID.randomUUID() + "@example.com";
        java.util.Map<Long, Integer> staffed = queue.agents();
        staffed.keySet().forEach(queue::release);
        Customer c;
        try {
            HttpResponse<String> page = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/chat?lang=en"))
                            .header("Accept-Language", "en")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.body())
                    .contains("id=\"chat-unattended\"")
                    .contains(messages.getMessage("chat.start.unattended." + why, null, java.util.Locale.ENGLISH));

            c = start("Bu Ratna", null);
            assertThat(c.view().get("unattended").asString()).isEqualTo(why);
            assertThat(unattendedAt(nextHour(true), c.token()))
                    .as("open, with nobody on the chat queue")
                    .isEqualTo("NOBODY");
            assertThat(unattendedAt(nextHour(false), c.token())).isEqualTo("CLOSED");
            Answer notAnAddress =
                    asCustomer(c.token(), "POST", "/api/chat/conversation/message-instead", "{\"email\": \"ratna\"}");
            assertThat(notAnAddress.status()).isEqualTo(400);
            assertThat(notAnAddress.body().get("errors").findValuesAsString("field"))
                    .containsExactly("email");

            assertThat(asCustomer(
                                    c.token(),
                                    "POST",
                                    "/api/chat/conversation/message-instead",
                                    "{\"email\": \"" + email + "\"}")
                            .status())
                    .isEqualTo(204);
        } finally {
            staffed.forEach(queue::staff);
        }

        JsonNode view = asCustomer(c.token(), "GET", "/api/chat/conversation?after=0&wait=false", null)
                .body();
        assertThat(view.get("state").asString()).isEqualTo("CLOSED");
        assertThat(view.get("leftAsMessage").asBoolean()).isTrue();
        assertThat(view.path("unattended").asString(null)).isNull();
        assertThat(asCustomer(
                                c.token(),
                                "POST",
                                "/api/chat/conversation/message-instead",
                                "{\"email\": \"" + email + "\"}")
                        .status())
                .as("left once")
                .isEqualTo(409);
        assertThat(call("agent", "POST", "/api/chat/chats/" + c.chatId() + "/accept", null)
                        .status())
                .as("no agent takes a chat left as a message")
                .isEqualTo(409);

        JsonNode theCase =
                call("agent", "GET", "/api/cases/" + c.caseId(), null).body();
        assertThat(theCase.get("status").asString()).isNotIn("RESOLVED", "CLOSED");
        assertThat(theCase.get("owner") == null || theCase.get("owner").isNull())
                .as("in the case queue, owned by nobody")
                .isTrue();
        assertThat(theCase.get("customer").get("email").asString())
                .as("the answer goes to the address left")
                .isEqualTo(email);
        assertThat(timeline.of(c.caseId(), false))
                .filteredOn(e -> e.kind() == EntryKind.CHAT_LEFT_AS_MESSAGE)
                .hasSize(1);
        assertThat(outbox.forCase(c.caseId()))
                .as("the case's confirmation, with its private link, to the address left")
                .filteredOn(m -> m.recipient().equals(email))
                .hasSize(1);
    }

    @Test
    void staffNotesNeverReachTheCustomerAndTheEndedChatIsACaseWithItsTranscriptMailedOnce() throws Exception {
        String email = "ratna." + UUID.randomUUID() + "@example.com";
        Customer c = start("Bu Ratna", null);
        assertThat(call("agent", "POST", "/api/chat/chats/" + c.chatId() + "/accept", null)
                        .status())
                .isEqualTo(200);
        call(
                "agent",
                "POST",
                "/api/chat/chats/" + c.chatId() + "/messages",
                "{\"text\": \"She sounds upset; offer a replacement.\", \"note\": true}");
        call("agent", "POST", "/api/chat/chats/" + c.chatId() + "/messages", "{\"text\": \"We will replace it.\"}");
        assertThat(asCustomer(c.token(), "PUT", "/api/chat/conversation/email", "{\"email\": \"" + email + "\"}")
                        .status())
                .isEqualTo(204);

        JsonNode customerView = asCustomer(c.token(), "GET", "/api/chat/conversation?after=0&wait=false", null)
                .body();
        assertThat(customerView.get("messages").findValuesAsString("text"))
                .contains("We will replace it.")
                .noneMatch(t -> t.contains("upset"));
        assertThat(customerView.get("messages").findValuesAsString("author")).doesNotContain("NOTE");
        JsonNode agentView = call("agent", "GET", "/api/chat/chats/" + c.chatId() + "?after=0&wait=false", null)
                .body();
        assertThat(agentView.get("messages").findValuesAsString("author")).contains("NOTE");

        assertThat(call("agent", "POST", "/api/chat/chats/" + c.chatId() + "/end", null)
                        .status())
                .isEqualTo(204);
        assertThat(asCustomer(c.token(), "POST", "/api/chat/conversation/end", null)
                        .status())
                .as("ending twice changes nothing")
                .isEqualTo(204);
        assertThat(asCustomer(c.token(), "POST", "/api/chat/conversation/messages", "{\"text\": \"Hello?\"}")
                        .status())
                .isEqualTo(409);

        JsonNode theCase =
                call("agent", "GET", "/api/cases/" + c.caseId(), null).body();
        assertThat(theCase.toString()).contains("\"CHAT\"");
        assertThat(call(
                                "agent",
                                "GET",
                                "/api/cases?channel=CHAT&open=false&q="
                                        + theCase.get("reference").asString(),
                                null)
                        .body()
                        .findValuesAsString("reference"))
                .as("the queue filters by the CHAT channel")
                .containsExactly(theCase.get("reference").asString());
        var transcripts = timeline.of(c.caseId(), false).stream()
                .filter(e -> e.kind() == EntryKind.CHAT_TRANSCRIPT)
                .toList();
        assertThat(transcripts).hasSize(1);
        assertThat(transcripts.get(0).body()).contains("We will replace it.").doesNotContain("upset");
        assertThat(transcripts.get(0).visibleToCustomer()).isFalse();
        assertThat(page("agent", "/cases/" + c.caseId()).body())
                .as("once the chat ended, the case page links to its transcript")
                .contains("href=\"/chat/chats/" + c.chatId() + "\"")
                .contains(messages.getMessage("cases.chat.transcript", null, java.util.Locale.ENGLISH));
        assertThat(page("manager", "/chat/chats/" + c.chatId()).body())
                .as("the whole transcript, staff notes included, for staff")
                .contains("We will replace it.")
                .contains("She sounds upset");
        List<OutboxMail> mailed = outbox.forCase(c.caseId()).stream()
                .filter(m -> m.recipient().equals(email))
                .toList();
        assertThat(mailed).hasSize(1);
        assertThat(mailed.get(0).subject()).contains("Transkrip");
        assertThat(mailed.get(0).body()).contains("We will replace it.").doesNotContain("upset");
        asCustomer(c.token(), "PUT", "/api/chat/conversation/email", "{\"email\": \"" + email + "\"}");
        assertThat(outbox.forCase(c.caseId()))
                .filteredOn(m -> m.recipient().equals(email))
                .hasSize(1);
    }

    @Test
    void aCustomerCannotReadAnothersChatAndOnlyAgentsOnTheChatQueueTakeChats() throws Exception {
        Customer ratna = start("Bu Ratna", null);
        Customer budi = start("Pak Budi", null);

        JsonNode budisOwn = asCustomer(budi.token(), "GET", "/api/chat/conversation?after=0&wait=false", null)
                .body();
        assertThat(budisOwn.get("caseReference").asString())
                .isNotEqualTo(ratna.view().get("caseReference").asString());
        assertThat(budisOwn.toString()).doesNotContain("Ratna");
        assertThat(asCustomer(null, "GET", "/api/chat/conversation?wait=false", null)
                        .status())
                .isEqualTo(404);
        assertThat(asCustomer("guessed-" + ratna.chatId(), "GET", "/api/chat/conversation?wait=false", null)
                        .status())
                .isEqualTo(404);
        assertThat(asCustomer(null, "GET", "/api/chat/chats/" + ratna.chatId() + "?wait=false", null)
                        .status())
                .as("a chat's id opens nothing without an account")
                .isEqualTo(401);

        Answer accountant = call("accountant", "POST", "/api/chat/chats/" + ratna.chatId() + "/accept", null);
        assertThat(accountant.status()).as("not on the chat queue").isEqualTo(403);
        assertThat(accountant.contentType()).startsWith("application/problem+json");
        assertThat(call("manager", "POST", "/api/chat/chats/" + ratna.chatId() + "/accept", null)
                        .status())
                .as("qualified, but not on the chat queue")
                .isEqualTo(403);

        assertThat(call("agent", "POST", "/api/chat/chats/" + ratna.chatId() + "/accept", null)
                        .status())
                .isEqualTo(200);
        assertThat(call("manager", "GET", "/api/chat/chats/" + ratna.chatId() + "?wait=false", null)
                        .status())
                .as("only the agent holding it reads it")
                .isEqualTo(403);
        assertThat(call("manager", "POST", "/api/chat/chats/" + ratna.chatId() + "/messages", "{\"text\": \"hi\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aChatStartedWithoutANameOrAboutAnUnknownTopicIsRefusedNamingTheField() throws Exception {
        Answer refused = asCustomer(
                null,
                "POST",
                "/api/chat/conversations",
                "{\"customerName\": \" \", \"topic\": \"no-such-topic\", \"language\": \"id\", \"message\": \"Hi\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("errors").findValuesAsString("field")).contains("customerName");

        Answer topic = asCustomer(
                null,
                "POST",
                "/api/chat/conversations",
                "{\"customerName\": \"Ratna\", \"topic\": \"no-such-topic\", \"language\": \"id\", \"message\": \"Hi\"}");
        assertThat(topic.status()).isEqualTo(400);
        assertThat(topic.body().get("errors").findValuesAsString("field")).contains("topic");

        Answer text = asCustomer(
                null,
                "POST",
                "/api/chat/conversations",
                "{\"customerName\": \"Ratna\", \"email\": \"not-an-address\", \"topic\": \"warranty\", \"language\": \"id\", \"message\": \"%s\"}"
                        .formatted("x".repeat(2001)));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body().get("errors").findValuesAsString("field")).contains("email", "message");
    }

    @Test
    void oneAddressStartsAFewChatsInAWhileThenIsAskedToWait() throws Exception {
        String bad = "{\"customerName\": \" \", \"topic\": \"warranty\", \"language\": \"id\", \"message\": \"Hi\"}";
        for (int i = 0; i < startsPerWindow + 1; i++) {
            assertThat(asCustomer(null, "POST", "/api/chat/conversations", bad).status())
                    .as("a start with mistakes costs nothing")
                    .isEqualTo(400);
        }
        for (int i = 0; i < startsPerWindow; i++) {
            start("Bu Ratna " + i, null);
        }

        String name = "Bu Ratna " + UUID.randomUUID();
        String body =
                """
                {"customerName": "%s", "topic": "warranty", "language": "en", "message": "Hi"}"""
                        .formatted(name);
        HttpResponse<String> refused = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/conversations"))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json, application/problem+json")
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        // the answer, with its Retry-After, is one the API description gives
        dev.kantor.support.PublishedApi.check(
                port,
                "POST",
                "/api/chat/conversations",
                java.util.Map.of("Content-Type", List.of("application/json")),
                body,
                refused.statusCode(),
                refused.headers().map(),
                refused.body());
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:kantor:problem:too-many-chats");
        assertThat(problem.get("title").asString()).contains("wait");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 600L);
        assertThat(call("manager", "GET", "/api/chat/waiting?size=200", null)
                        .items()
                        .findValuesAsString("customerName"))
                .as("no chat was started")
                .doesNotContain(name);
    }

    @Test
    void managersSayWhoWorksTheChatQueueAndWithHowManyChatsAtOnce() throws Exception {
        long siti = call("agent", "GET", "/api/people?q=siti.rahmawati@sinarmaju.example", null)
                .body()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        String path = "/api/chat/agents/" + siti;
        try {
            assertThat(call("agent", "PUT", path, "{\"maxChats\": 2}").status()).isEqualTo(403);
            Answer zero = call("manager", "PUT", path, "{\"maxChats\": 0}");
            assertThat(zero.status()).isEqualTo(400);
            assertThat(zero.body().get("errors").findValuesAsString("field")).containsExactly("maxChats");
            assertThat(call("manager", "PUT", "/api/chat/agents/987654321", "{\"maxChats\": 2}")
                            .status())
                    .isEqualTo(400);

            assertThat(call("manager", "PUT", path, "{\"maxChats\": 2}").status())
                    .isEqualTo(204);
            assertThat(call("agent", "GET", "/api/chat/agents", null)
                            .body()
                            .get(String.valueOf(siti))
                            .asInt())
                    .isEqualTo(2);
        } finally {
            assertThat(call("manager", "DELETE", path, null).status()).isEqualTo(204);
        }
        assertThat(call("agent", "GET", "/api/chat/agents", null).body().has(String.valueOf(siti)))
                .isFalse();
    }

    @Test
    void chatsCountInTheChatQueuesContactHistory() throws Exception {
        long queue = call(
                        "manager",
                        "POST",
                        "/api/staffing/queues",
                        """
                        {"name": "Chat contract %s", "channel": "CHAT", "ahtSeconds": 300, "serviceLevelPercent": 80,
                         "targetSeconds": 60, "maxOccupancyPercent": 85, "shrinkagePercent": 30,
                         "hours": [{"day": "MONDAY", "opens": "08:00", "closes": "20:00"}]}"""
                                .formatted(UUID.randomUUID().toString().substring(0, 8)))
                .body()
                .get("id")
                .asLong();
        // two chats an hour ago: the current quarter hour, still under way, is not counted yet
        java.time.Instant anHourAgo = java.time.Instant.now().minusSeconds(3600);
        java.time.Instant quarter = anHourAgo
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .minusSeconds(anHourAgo.atZone(java.time.ZoneOffset.UTC).getMinute() % 15 * 60L);
        // chats other tests (or an earlier run on the same database) opened in that quarter count too: only the
        // growth is this test's
        int before = chatsCountedIn(queue, quarter);
        for (String name : List.of("Bu Ratna", "Pak Budi")) {
            var chat = dev.kantor.platform.ReplayableClock.at(
                    anHourAgo,
                    () -> customers.start(new dev.kantor.chat.customer.StartChat(
                            name, null, "warranty", "id", "My blender stopped working.")));
            started.add(chat.token());
        }

        assertThat(chatsCountedIn(queue, quarter) - before)
                .as("the two chats of an hour ago")
                .isEqualTo(2);
    }

    /** Counts the queue's contacts from the cases again, and answers those of the quarter hour starting then. */
    private int chatsCountedIn(long queue, java.time.Instant quarter) throws Exception {
        Answer counted = call("manager", "POST", "/api/staffing/queues/" + queue + "/history/from-cases?weeks=1", null);
        assertThat(counted.status()).isEqualTo(200);
        int contacts = 0;
        for (JsonNode interval : call("agent", "GET", "/api/staffing/queues/" + queue + "/history?size=200", null)
                .items()) {
            if (java.time.Instant.parse(interval.get("start").asString()).equals(quarter)) {
                contacts += interval.get("contacts").asInt();
            }
        }
        return contacts;
    }
}
