package dev.kantor.routing.handoffs;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Who can help" and warm handoffs over HTTP with the demo company: the accountant meets a
 * customer with a warranty claim and hands them to the front-desk agent. Runs on H2 and on
 * PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RoutingApiContract {

    @LocalServerPort
    int port;

    @Autowired
    OfferExpiry expiry;

    @Autowired
    AuditTrail audit;

    long agus;

    Answer call(String user, String method, String path, String body) throws IOException, InterruptedException {
        return ApiCalls.call(port, user, method, path, body);
    }

    long employeeId(String email) throws Exception {
        JsonNode found =
                call("agent", "GET", "/api/people?q=" + email, null).body().get("items");
        assertThat(found).hasSize(1);
        return found.get(0).get("id").asLong();
    }

    @BeforeEach
    void theAgentIsAtTheDesk() throws Exception {
        agus = employeeId("agus.pratama@sinarmaju.example");
        assertThat(call("agent", "PUT", "/api/presence/me", "{\"status\": \"AVAILABLE\"}")
                        .status())
                .isEqualTo(200);
    }

    /** The accountant hands a walk-in customer with a warranty claim to the agent. */
    JsonNode handedToAgus() throws Exception {
        Answer created = call(
                "accountant",
                "POST",
                "/api/handoffs",
                """
                {"customer": {"name": "Bu Ratna", "phone": "+62 812-7000-%s"}, "topic": "warranty", "language": "id",
                 "note": "Blender bought in March stopped working; she has the receipt.", "receiverId": %d}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 4).replaceAll("[^0-9]", "1"), agus));
        assertThat(created.status())
                .as("starting a handoff: %s", created.body())
                .isEqualTo(201);
        assertThat(created.location()).matches("/api/handoffs/\\d+");
        return created.body();
    }

    static String path(JsonNode handoff) {
        return "/api/handoffs/" + handoff.get("id").asLong();
    }

    @Test
    void theHelpersForATopicAreRankedAndTheFallbackIsAlwaysThere() throws Exception {
        Answer answer = call("accountant", "GET", "/api/helpers?topic=warranty&language=id", null);

        assertThat(answer.status()).isEqualTo(200);
        List<Long> helpers = new ArrayList<>();
        answer.body().get("helpers").forEach(h -> helpers.add(h.get("id").asLong()));
        assertThat(helpers).contains(agus);
        JsonNode first = answer.body().get("helpers").get(0);
        answer.body().get("helpers").forEach(h -> assertThat(h.get("presence").asString())
                .isEqualTo("AVAILABLE"));
        assertThat(first.get("skillScore").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(answer.body().get("fallback").get("teamDepartmentId").isNumber())
                .isTrue();

        assertThat(call("accountant", "GET", "/api/helpers?topic=no-such-topic", null)
                        .status())
                .isEqualTo(400);
        assertThat(call("accountant", "GET", "/api/helpers?topic=warranty&language=Klingon!", null)
                        .status())
                .isEqualTo(400);
        assertThat(call(null, "GET", "/api/helpers?topic=warranty", null).status())
                .isEqualTo(401);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    dev.kantor.platform.BusinessZone zone;

    @Test
    void theAnswerSaysWhoWorksRemotelyTodayAndAWalkInGetsThoseOnSiteFirst() throws Exception {
        // the agent works remotely today, as people record it and tell everyone who keeps it
        remoteOn(java.time.LocalDate.now(zone.zone()));
        try {
            JsonNode byPhone = call("accountant", "GET", "/api/helpers?topic=warranty&language=id&limit=500", null)
                    .body()
                    .get("helpers");
            JsonNode agent = null;
            for (JsonNode h : byPhone) {
                if (h.get("id").asLong() == agus) {
                    agent = h;
                }
            }
            assertThat(agent)
                    .as("a remote helper is still offered on the phone")
                    .isNotNull();
            assertThat(agent.get("remote").asBoolean()).isTrue();
            assertThat(agent.get("workingFromHome").asBoolean()).isFalse();

            // for a customer at the counter, everyone on site comes before him
            JsonNode atTheCounter = call(
                            "accountant",
                            "GET",
                            "/api/helpers?topic=warranty&language=id&limit=500&inPerson=true",
                            null)
                    .body()
                    .get("helpers");
            boolean seenRemote = false;
            boolean listed = false;
            for (JsonNode h : atTheCounter) {
                boolean remote = h.get("remote").asBoolean();
                assertThat(!remote && seenRemote).as("on site before remote").isFalse();
                seenRemote |= remote;
                listed |= h.get("id").asLong() == agus;
            }
            assertThat(listed).as("still listed, for a call").isTrue();
        } finally {
            remoteOn(null);
        }
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    void remoteOn(java.time.LocalDate day) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update employee set remote_on = ? where id = ?")
                    .params(day, agus)
                    .update();
            events.publishEvent(new dev.kantor.people.WhereaboutsChanged(agus));
        });
    }

    @Test
    void aCustomerWhoSpeaksJavaneseIsOfferedJavaneseSpeakersFirst() throws Exception {
        Answer answer = call("accountant", "GET", "/api/helpers?topic=warranty&language=jv", null);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode helpers = answer.body().get("helpers");
        assertThat(helpers.get(0).get("speaksLanguage").asBoolean())
                .as("Dewi Lestari speaks Javanese")
                .isTrue();
        boolean seenNonSpeaker = false;
        for (JsonNode h : helpers) {
            boolean speaks = h.get("speaksLanguage").asBoolean();
            assertThat(speaks && seenNonSpeaker)
                    .as("speakers before the others")
                    .isFalse();
            seenNonSpeaker |= !speaks;
        }
        assertThat(seenNonSpeaker).as("those who do not speak it still help").isTrue();
    }

    @Test
    void theOfferedAgentAcceptsAndTheCaseIsTheirsOnTheTimelineAndInTheAudit() throws Exception {
        JsonNode handoff = handedToAgus();
        assertThat(handoff.get("state").asString()).isEqualTo("OFFERED");
        assertThat(handoff.get("offeredTo").asLong()).isEqualTo(agus);

        List<Long> waiting = new ArrayList<>();
        call("agent", "GET", "/api/handoffs/offers?size=200", null)
                .items()
                .forEach(o -> waiting.add(o.get("id").asLong()));
        assertThat(waiting).contains(handoff.get("id").asLong());

        Answer notTheirs = call("manager", "POST", path(handoff) + "/accept", null);
        assertThat(notTheirs.status()).as("only the offered person may accept").isEqualTo(403);

        Answer accepted = call("agent", "POST", path(handoff) + "/accept", null);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body().get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.body().get("receiverId").asLong()).isEqualTo(agus);

        JsonNode c = call("agent", "GET", "/api/cases/" + handoff.get("caseId").asLong(), null)
                .body();
        assertThat(c.get("owner").get("id").asLong()).isEqualTo(agus);
        assertThat(c.get("channel").asString()).isEqualTo("WALK_IN");
        List<String> kinds = new ArrayList<>();
        c.get("timeline")
                .forEach(e ->
                        kinds.add(e.get("kind").asString() + (e.get("internal").asBoolean() ? "*" : "")));
        assertThat(kinds).containsSubsequence("HANDOFF_OFFERED*", "OWNER");
        // the note for the colleague is an internal note on the case, never a message from the customer
        assertThat(kinds).contains("NOTE*").doesNotContain("CUSTOMER_MESSAGE", "CUSTOMER_MESSAGE*");

        Answer again = call("agent", "POST", path(handoff) + "/accept", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body().toString()).as("a clear message").contains("already accepted");

        assertThat(audit.of("handoff", handoff.get("id").asLong()))
                .as("offered, then accepted")
                .hasSize(2)
                .allSatisfy(e ->
                        assertThat(e.entityName()).isEqualTo(c.get("reference").asString()));
    }

    @Test
    void aDeclinedOfferMovesOnAndCannotBeAcceptedAfterwards() throws Exception {
        JsonNode handoff = handedToAgus();

        Answer declined = call("agent", "POST", path(handoff) + "/decline", "{\"reason\": \"With a customer\"}");

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.body().get("offers").get(0).get("outcome").asString())
                .isEqualTo("DECLINED");
        String state = declined.body().get("state").asString();
        assertThat(state).isIn("OFFERED", "QUEUED");
        if (state.equals("OFFERED")) {
            assertThat(declined.body().get("offeredTo").asLong()).isNotEqualTo(agus);
        }
        assertThat(call("agent", "POST", path(handoff) + "/accept", null).status())
                .isEqualTo(409);
    }

    @Test
    void anOfferThatRanOutMovesToTheNextPersonAndCannotBeAccepted() throws Exception {
        JsonNode handoff = handedToAgus();

        int moved = dev.kantor.platform.ReplayableClock.at(Instant.now().plusSeconds(180), expiry::expireOffers);

        assertThat(moved).isGreaterThanOrEqualTo(1);
        JsonNode after = call("accountant", "GET", path(handoff), null).body();
        assertThat(after.get("offers").get(0).get("outcome").asString()).isEqualTo("EXPIRED");
        assertThat(call("agent", "POST", path(handoff) + "/accept", null).status())
                .isEqualTo(409);
    }

    @Test
    void whenNobodyCanHelpTheCaseGoesToTheTeamQueueAndTheManagerIsAlerted() throws Exception {
        String code = "lost-" + UUID.randomUUID().toString().substring(0, 8);
        Answer created = call(
                "admin",
                "POST",
                "/api/topics",
                """
                {"code": "%s", "nameEn": "Lost and found", "nameIdn": "Barang hilang", "skills": []}"""
                        .formatted(code));
        assertThat(created.status()).isEqualTo(201);

        Answer nobody = call("accountant", "GET", "/api/helpers?topic=" + code, null);
        assertThat(nobody.body().get("helpers")).isEmpty();
        assertThat(nobody.body().get("fallback").get("reason").asString()).isEqualTo("NOBODY_QUALIFIED");

        Answer handed = call(
                "accountant",
                "POST",
                "/api/handoffs",
                """
                {"customer": {"name": "Pak Joko", "phone": "+62 812-7777-0001"}, "topic": "%s", "language": "id"}"""
                        .formatted(code));
        assertThat(handed.status()).isEqualTo(201);
        assertThat(handed.body().get("state").asString()).isEqualTo("QUEUED");
        JsonNode c = call(
                        "manager",
                        "GET",
                        "/api/cases/" + handed.body().get("caseId").asLong(),
                        null)
                .body();
        assertThat(c.has("owner")).as("nobody owns a queued case").isFalse();
    }

    @Test
    void badHandoffsAreRefusedWithTheFieldsAndChangeNothing() throws Exception {
        Answer unknownTopic = call(
                "accountant",
                "POST",
                "/api/handoffs",
                "{\"customer\": {\"name\": \"X\", \"phone\": \"+62 812 1\"}, \"topic\": \"nope\"}");
        assertThat(unknownTopic.status()).isEqualTo(400);
        assertThat(unknownTopic.body().toString()).contains("topic");

        Answer neither = call("accountant", "POST", "/api/handoffs", "{\"topic\": \"warranty\"}");
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.body().toString()).contains("caseId");

        long offDuty = employeeId("bambang.sutrisno@sinarmaju.example");
        Answer notAvailable = call(
                "accountant",
                "POST",
                "/api/handoffs",
                """
                {"customer": {"name": "Bu Ani", "phone": "+62 812-7000-0009"}, "topic": "warranty", "receiverId": %d}"""
                        .formatted(offDuty));
        assertThat(notAvailable.status()).isEqualTo(400);
        assertThat(notAvailable.body().toString()).contains("receiverId");

        Answer noContact = call(
                "accountant",
                "POST",
                "/api/handoffs",
                "{\"customer\": {\"name\": \"Bu Ani\"}, \"topic\": \"warranty\"}");
        assertThat(noContact.status()).isEqualTo(400);
        assertThat(noContact.body().toString()).contains("customer.email");
    }

    @Test
    void presenceIsSetInOneCallAndAReturnTimeMustLieAhead() throws Exception {
        Answer past = call(
                "accountant",
                "PUT",
                "/api/presence/me",
                "{\"status\": \"ON_BREAK\", \"expectedBack\": \"2020-01-01T00:00:00Z\"}");
        assertThat(past.status()).isEqualTo(400);

        String back = Instant.now().plusSeconds(900).toString();
        Answer onBreak = call(
                "accountant",
                "PUT",
                "/api/presence/me",
                "{\"status\": \"ON_BREAK\", \"expectedBack\": \"" + back + "\"}");
        assertThat(onBreak.status()).isEqualTo(200);
        assertThat(onBreak.body().get("status").asString()).isEqualTo("ON_BREAK");
        assertThat(call("accountant", "GET", "/api/presence/me", null)
                        .body()
                        .get("expectedBack")
                        .asString())
                .isNotBlank();
        assertThat(call("accountant", "PUT", "/api/presence/me", "{\"status\": \"AVAILABLE\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void onlyAdminsChangeTheCatalogueAndOnlyManagersSeeTheFigures() throws Exception {
        String topic = "{\"code\": \"x-%s\", \"nameEn\": \"X\", \"nameIdn\": \"X\"}"
                .formatted(UUID.randomUUID().toString().substring(0, 6));
        assertThat(call("agent", "POST", "/api/topics", topic).status()).isEqualTo(403);
        assertThat(call("manager", "POST", "/api/topics", topic).status()).isEqualTo(403);
        assertThat(call("admin", "POST", "/api/topics", topic).status()).isEqualTo(201);
        assertThat(call("admin", "POST", "/api/topics", topic).status())
                .as("the code is taken")
                .isEqualTo(409);

        JsonNode warranty = null;
        for (JsonNode t : call("agent", "GET", "/api/topics?size=200", null).items()) {
            if (t.get("code").asString().equals("warranty")) {
                warranty = t;
            }
        }
        assertThat(warranty).isNotNull();
        String stale =
                "{\"nameEn\": \"Warranty claim\", \"nameIdn\": \"Klaim garansi\", \"skills\": %s, \"version\": %d}"
                        .formatted(
                                warranty.get("skills"), warranty.get("version").asInt() - 1);
        assertThat(call("admin", "PUT", "/api/topics/warranty", stale).status()).isEqualTo(409);

        assertThat(call("agent", "GET", "/api/handoffs/figures", null).status()).isEqualTo(403);
        assertThat(call("accountant", "GET", "/api/handoffs/figures", null).status())
                .isEqualTo(403);
        Answer figures = call("manager", "GET", "/api/handoffs/figures?days=7", null);
        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.body().get("total").get("handoffs").asInt()).isGreaterThanOrEqualTo(0);
        assertThat(call("agent", "GET", "/api/topics/coverage?size=200", null).status())
                .isEqualTo(200);
    }

    @Test
    void aHandoffForACaseAndACustomerAtOnceIs400SayingToGiveOneOrTheOther() throws Exception {
        Answer both = call(
                "accountant",
                "POST",
                "/api/handoffs",
                """
                {"caseId": 1, "customer": {"name": "Bu Ani", "phone": "+62 812-7000-0009"}, "topic": "warranty"}""");

        assertThat(both.status()).isEqualTo(400);
        assertThat(both.contentType()).startsWith("application/problem+json");
        assertThat(both.body().get("errors").get(0).get("field").asString()).isEqualTo("customer");
        assertThat(both.body().get("errors").get(0).get("message").asString())
                .startsWith("Give either the case or the customer, not both");
    }

    @Test
    void outOfRangeParametersAre400NamingTheParameterNeverQuietlyChanged() throws Exception {
        for (String days : new String[] {"0", "-1", "367"}) {
            Answer figures = call("manager", "GET", "/api/handoffs/figures?days=" + days, null);
            assertThat(figures.status()).as(days).isEqualTo(400);
            assertThat(figures.body().get("errors").get(0).get("field").asString())
                    .isEqualTo("days");
        }
        Answer helpers = call("accountant", "GET", "/api/helpers?topic=warranty&limit=-1", null);
        assertThat(helpers.status()).isEqualTo(400);
        assertThat(helpers.body().get("errors").get(0).get("field").asString()).isEqualTo("limit");
    }
}
