package dev.kantor.cases.resolution;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;
import dev.kantor.support.AtOnce;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Nobody waits forever, over HTTP with the demo company's people: an approval whose approver is
 * absent moves up the line on the record, a manager decides what waits on the people below her and
 * nobody else's, the escalation job moves each approval once however many nodes run it, a help
 * request is asked, read and closed through the API, and notifications are listed and marked read.
 * Runs on H2 and on PostgreSQL through its subclasses.
 *
 * <p>The line: Agus Pratama (agent) reports to Yuliana Siregar (team lead, refunds up to 1,500,000),
 * who reports to Dewi Lestari (manager, up to 10,000,000).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApprovalCoverContract {

    static final String LEAD = "yuliana.siregar@sinarmaju.example";
    static final String OTHER_LINE_MANAGER = "robert.tampubolon@sinarmaju.example";

    @LocalServerPort
    int port;

    @Autowired
    PresenceBoard presence;

    @Autowired
    Resolutions resolutions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ResolutionActions actions;

    @Autowired
    ApprovalMoves moves;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    Answer call(String user, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        return ApiCalls.call(port, user, method, path, body, headers);
    }

    @AfterEach
    void theLeadIsBack() throws Exception {
        setPresence(LEAD, PresenceStatus.AVAILABLE);
    }

    void setPresence(String email, PresenceStatus status) throws Exception {
        long id = employeeId(email);
        SystemUser.run(() -> presence.set(id, status, null, PresenceSource.MANUAL));
    }

    long employeeId(String email) throws Exception {
        JsonNode found =
                call("agent", "GET", "/api/people?q=" + email, null).body().get("items");
        assertThat(found).hasSize(1);
        return found.get(0).get("id").asLong();
    }

    /** A walk-in complaint the agent logs, and so owns. */
    JsonNode opened() throws Exception {
        Answer created = call(
                "agent",
                "POST",
                "/api/cases",
                """
                {"channel": "WALK_IN", "type": "COMPLAINT", "topic": "returns", "subject": "Kettle leaks",
                 "message": "The kettle leaks from its base.",
                 "customer": {"name": "Wulan Sari", "email": "wulan.%s@example.com", "language": "en"}}"""
                        .formatted(UUID.randomUUID()));
        assertThat(created.status()).as("opening a case").isEqualTo(201);
        return created.body();
    }

    /** The agent proposes a refund of 1,000,000: above his limit, within the team lead's. */
    JsonNode refundProposed(JsonNode c) throws Exception {
        Answer proposed = call(
                "agent",
                "POST",
                "/api/cases/" + c.get("id").asLong() + "/resolutions",
                """
                {"type": "REFUND", "amount": 1000000, "note": "Refund the kettle", "version": %d}"""
                        .formatted(c.get("version").asInt()));
        assertThat(proposed.status()).isEqualTo(202);
        return proposed.body();
    }

    /** The ids of a list's items, or of a page's items. */
    static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        (list.has("items") ? list.get("items") : list)
                .forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    List<JsonNode> entries(long caseId, String kind) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode e :
                call("manager", "GET", "/api/cases/" + caseId, null).body().get("timeline")) {
            if (e.get("kind").asString().equals(kind)) {
                found.add(e);
            }
        }
        return found;
    }

    /** The user's notification of this kind whose text contains {@code textPart}, once it has arrived. */
    JsonNode notificationArrives(String user, String kind, String textPart) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    JsonNode list = call(user, "GET", "/api/notifications?size=200", null, "Accept-Language", "en")
                            .body();
                    found[0] = null;
                    for (JsonNode n : list.get("items")) {
                        if (n.get("kind").asString().equals(kind)
                                && n.get("text").asString().contains(textPart)) {
                            found[0] = n;
                        }
                    }
                    assertThat(found[0]).as(user + " told of " + textPart).isNotNull();
                });
        return found[0];
    }

    @Test
    void anApprovalForATeamLeadWhoIsOffDutyGoesAtOnceToHerManagerOnTheRecord() throws Exception {
        // given the team lead off duty
        setPresence(LEAD, PresenceStatus.OFF_DUTY);
        JsonNode c = opened();

        // when the agent asks for a refund within her limit
        JsonNode proposed = refundProposed(c);

        // then it waits on her manager, who sees it and is told
        assertThat(proposed.get("approver").get("name").asString()).isEqualTo("Dewi Lestari");
        long actionId = proposed.get("action").get("id").asLong();
        assertThat(ids(call("manager", "GET", "/api/approvals?size=200", null).body()))
                .contains(actionId);
        // and the timeline says, to staff, whom it waited on and why it moved
        List<JsonNode> moved = entries(c.get("id").asLong(), "ACTION_ESCALATED");
        assertThat(moved).singleElement().satisfies(e -> {
            assertThat(e.get("internal").asBoolean()).isTrue();
            assertThat(e.get("action").get("approver").get("name").asString()).isEqualTo("Dewi Lestari");
            assertThat(e.get("action").get("movedFrom").get("name").asString()).isEqualTo("Yuliana Siregar");
            assertThat(e.get("action").get("reason").asString()).isEqualTo("OFF_DUTY");
        });
        JsonNode told =
                notificationArrives("manager", "APPROVAL", c.get("reference").asString());
        assertThat(told.get("link").asString()).isEqualTo("/approvals");
        assertThat(told.get("read").asBoolean()).isFalse();
    }

    @Test
    void aManagerSeesAndDecidesWhatWaitsOnHerReports() throws Exception {
        JsonNode c = opened();
        long actionId = refundProposed(c).get("action").get("id").asLong();

        // the request waits on the team lead; her manager sees it among her team's
        assertThat(ids(call("manager", "GET", "/api/approvals?scope=TEAM&size=200", null)
                        .body()))
                .contains(actionId);
        assertThat(ids(call("manager", "GET", "/api/approvals?scope=ALL&size=200", null)
                        .body()))
                .contains(actionId);
        assertThat(ids(call("manager", "GET", "/api/approvals?size=200", null).body()))
                .doesNotContain(actionId);

        // and decides it in the team lead's place (a rejection spends no authority)
        Answer rejected = call(
                "manager",
                "POST",
                "/api/approvals/" + actionId + "/rejection",
                """
                {"reason": "The kettle was used for a year"}""");

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body().get("action").get("decidedBy").get("name").asString())
                .isEqualTo("Dewi Lestari");
        assertThat(entries(c.get("id").asLong(), "ACTION_ESCALATED"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("action").get("reason").asString()).isEqualTo("TAKEN_OVER");
                    assertThat(e.get("author").get("name").asString()).isEqualTo("Dewi Lestari");
                });
    }

    @Test
    void nobodyDecidesAnApprovalOutsideTheirLine() throws Exception {
        JsonNode c = opened();
        long actionId = refundProposed(c).get("action").get("id").asLong();

        // the agent who proposed it, an admin outside the line and a manager of another line are refused
        assertThat(call("agent", "POST", "/api/approvals/" + actionId + "/approval", null)
                        .status())
                .isEqualTo(403);
        Answer admin = call("admin", "POST", "/api/approvals/" + actionId + "/approval", null);
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.contentType()).startsWith("application/problem+json");
        long otherManager = employeeId(OTHER_LINE_MANAGER);
        assertThatThrownBy(() -> SystemUser.callAs(otherManager, Role.MANAGER, () -> resolutions.approve(actionId)))
                .isInstanceOfSatisfying(
                        KantorException.class, e -> assertThat(e.messageKey()).isEqualTo("approval.not-yours"));
        assertThatThrownBy(() -> SystemUser.callAs(
                        otherManager, Role.MANAGER, () -> resolutions.reject(actionId, "Not mine to refuse")))
                .isInstanceOf(KantorException.class);
        assertThat(ids(call("manager", "GET", "/api/approvals?scope=TEAM&size=200", null)
                        .body()))
                .as("still waiting")
                .contains(actionId);
        // and only admins send one on
        assertThat(call(
                                "manager",
                                "POST",
                                "/api/approvals/" + actionId + "/approver",
                                "{\"employeeId\": %d}".formatted(employeeId("dewi.lestari@sinarmaju.example")))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anAdminSendsAWaitingApprovalToSomeoneWhoMayDecideIt() throws Exception {
        JsonNode c = opened();
        long actionId = refundProposed(c).get("action").get("id").asLong();
        assertThat(ids(call("admin", "GET", "/api/approvals?scope=ALL&size=200", null)
                        .body()))
                .contains(actionId);

        Answer toTheAgent = call(
                "admin",
                "POST",
                "/api/approvals/" + actionId + "/approver",
                "{\"employeeId\": %d}".formatted(employeeId("agus.pratama@sinarmaju.example")));
        assertThat(toTheAgent.status()).isEqualTo(400);
        assertThat(toTheAgent.body().toString()).contains("employeeId");

        Answer sent = call(
                "admin",
                "POST",
                "/api/approvals/" + actionId + "/approver",
                "{\"employeeId\": %d}".formatted(employeeId("dewi.lestari@sinarmaju.example")));

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body().get("approver").get("name").asString()).isEqualTo("Dewi Lestari");
        assertThat(entries(c.get("id").asLong(), "ACTION_ESCALATED"))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.get("action").get("reason").asString()).isEqualTo("SENT_BY_ADMIN"));
    }

    @Test
    void theEscalationJobMovesAnApprovalOnceWhenTwoNodesRunItAtOnce() throws Exception {
        // given a request waiting on the team lead, who then goes off duty
        JsonNode c = opened();
        long caseId = c.get("id").asLong();
        long actionId = refundProposed(c).get("action").get("id").asLong();
        setPresence(LEAD, PresenceStatus.OFF_DUTY);

        // when two nodes run the job at the same moment on one database
        List<Callable<Integer>> nodes = new ArrayList<>();
        for (String name : List.of("node-a", "node-b")) {
            EscalationNode node =
                    new EscalationNode(jdbc, transactions, actions, moves, events, clock, name, Duration.ofMinutes(2));
            nodes.add(node::run);
        }
        AtOnce.run(nodes);

        // then it moved once, to her manager
        ResolutionAction action = actions.findById(actionId).orElseThrow();
        assertThat(action.getApproverId()).isEqualTo(employeeId("dewi.lestari@sinarmaju.example"));
        assertThat(jdbc.sql("select escalation_claimed_by from resolution_action where id = ?")
                        .param(actionId)
                        .query(String.class)
                        .optional())
                .as("the claim is let go")
                .isEmpty();
        assertThat(entries(caseId, "ACTION_ESCALATED")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'approval' and entity_id = ?")
                        .param(actionId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // and running again moves nothing more
        new EscalationNode(jdbc, transactions, actions, moves, events, clock, "node-c", Duration.ofMinutes(2)).run();
        assertThat(entries(caseId, "ACTION_ESCALATED")).hasSize(1);
    }

    @Test
    void aHelpRequestIsAskedReadAndClosedThroughTheApiAndTheAgentIsToldWhoIsComing() throws Exception {
        JsonNode c = opened();
        String path = "/api/cases/" + c.get("id").asLong() + "/help-request";
        assertThat(call("agent", "GET", path, null).status()).isEqualTo(404);

        Answer tooLong = call(
                "agent",
                "POST",
                path,
                """
                {"reason": "%s", "version": %d}"""
                        .formatted("x".repeat(501), c.get("version").asInt()));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(tooLong.body().toString()).contains("\"reason\"");

        Answer asked = call(
                "agent",
                "POST",
                path,
                """
                {"reason": "The customer wants a new unit", "version": %d}"""
                        .formatted(c.get("version").asInt()));
        assertThat(asked.status()).isEqualTo(201);
        assertThat(asked.body().get("open").asBoolean()).isTrue();
        assertThat(asked.body().get("asked").get("name").asString()).isEqualTo("Yuliana Siregar");
        assertThat(asked.body().get("reason").asString()).isEqualTo("The customer wants a new unit");
        assertThat(call(
                                "agent",
                                "POST",
                                path,
                                """
                {"version": %d}"""
                                        .formatted(
                                                asked.body().get("caseVersion").asInt()))
                        .status())
                .as("one open request at a time")
                .isEqualTo(409);

        // the agent cannot say help was given to himself
        assertThat(call("agent", "POST", path + "/resolution", null).status()).isEqualTo(403);

        // the lead's manager, above the agent, steps in
        Answer given = call("manager", "POST", path + "/resolution", null);
        assertThat(given.status()).isEqualTo(200);
        assertThat(given.body().get("open").asBoolean()).isFalse();
        assertThat(given.body().get("resolution").asString()).isEqualTo("HELP_GIVEN");
        assertThat(given.body().get("resolvedBy").get("name").asString()).isEqualTo("Dewi Lestari");
        assertThat(call("agent", "GET", path, null).body().get("open").asBoolean())
                .isFalse();
        assertThat(call("manager", "POST", path + "/resolution", null).status()).isEqualTo(409);

        // and the agent is told who is coming, in his language
        JsonNode told = notificationArrives("agent", "HELP", c.get("reference").asString());
        assertThat(told.get("text").asString()).contains("Dewi Lestari");
        assertThat(told.get("link").asString())
                .isEqualTo("/cases/" + c.get("id").asLong());
    }

    @Test
    void aManagerWorkingTheCaseClosesTheHelpRequest() throws Exception {
        JsonNode c = opened();
        String path = "/api/cases/" + c.get("id").asLong();
        Answer asked = call(
                "agent",
                "POST",
                path + "/help-request",
                """
                {"reason": "Angry customer", "version": %d}"""
                        .formatted(c.get("version").asInt()));
        assertThat(asked.status()).isEqualTo(201);

        Answer note = call(
                "manager",
                "POST",
                path + "/messages",
                """
                {"text": "I am calling the customer now.", "internal": true}""");
        assertThat(note.status()).isEqualTo(201);
        Answer reply = call(
                "manager",
                "POST",
                path + "/messages",
                """
                {"text": "Our manager will call you today.", "version": %d}"""
                        .formatted(note.body().get("version").asInt()));
        assertThat(reply.status()).isEqualTo(201);

        JsonNode request = call("agent", "GET", path + "/help-request", null).body();
        assertThat(request.get("open").asBoolean()).isFalse();
        assertThat(request.get("resolution").asString()).isEqualTo("ACTED_ON");
    }

    @Test
    void notificationsAreListedInTheCallersLanguageAndMarkedRead() throws Exception {
        setPresence(LEAD, PresenceStatus.OFF_DUTY);
        JsonNode c = opened();
        refundProposed(c);
        JsonNode told =
                notificationArrives("manager", "APPROVAL", c.get("reference").asString());
        long id = told.get("id").asLong();

        JsonNode inIndonesian = call(
                        "manager", "GET", "/api/notifications?unread=true&size=200", null, "Accept-Language", "id")
                .body();
        assertThat(inIndonesian.get("total").asLong()).isPositive();
        assertThat(inIndonesian.get("items"))
                .filteredOn(n -> n.get("id").asLong() == id)
                .singleElement()
                .satisfies(n -> assertThat(n.get("text").asString())
                        .isNotEqualTo(told.get("text").asString()));

        // someone else's notification is not theirs to read
        assertThat(call("agent", "POST", "/api/notifications/" + id + "/read", null)
                        .status())
                .isEqualTo(404);
        assertThat(call("manager", "GET", "/api/notifications?size=0", null).status())
                .isEqualTo(400);
        assertThat(call(null, "GET", "/api/notifications", null).status()).isEqualTo(401);

        long unreadBefore = call("manager", "GET", "/api/notifications?unread=true&size=1", null)
                .body()
                .get("total")
                .asLong();
        assertThat(call("manager", "POST", "/api/notifications/" + id + "/read", null)
                        .status())
                .isEqualTo(204);
        JsonNode after =
                call("manager", "GET", "/api/notifications?size=200", null).body();
        assertThat(call("manager", "GET", "/api/notifications?unread=true&size=1", null)
                        .body()
                        .get("total")
                        .asLong())
                .isEqualTo(unreadBefore - 1);
        assertThat(after.get("items"))
                .filteredOn(n -> n.get("id").asLong() == id)
                .singleElement()
                .satisfies(n -> assertThat(n.get("read").asBoolean()).isTrue());
        assertThat(ids(call("manager", "GET", "/api/notifications?unread=true", null)
                        .body()
                        .get("items")))
                .doesNotContain(id);

        assertThat(call("manager", "POST", "/api/notifications/read", null).status())
                .isEqualTo(200);
        assertThat(call("manager", "GET", "/api/notifications?unread=true&size=1", null)
                        .body()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void describesTheNewEndpointsWithOpenApi() throws Exception {
        JsonNode paths = call("agent", "GET", "/v3/api-docs", null).body().get("paths");
        assertThat(paths.has("/api/notifications")).isTrue();
        assertThat(paths.has("/api/notifications/{id}/read")).isTrue();
        assertThat(paths.has("/api/cases/{id}/help-request")).isTrue();
        assertThat(paths.has("/api/cases/{id}/help-request/resolution")).isTrue();
        assertThat(paths.has("/api/approvals/{id}/approver")).isTrue();
    }
}
