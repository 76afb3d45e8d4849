package dev.kantor.cases.work;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.portal.CustomerPortal;
import dev.kantor.cases.viewers.CaseViewers;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;
import dev.kantor.support.AtOnce;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases and approvals API end to end over HTTP, with the demo company's people and
 * delegated authority: status codes, problem details, approvals and refusals. Runs on H2 and
 * on PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CasesApiContract {

    @LocalServerPort
    int port;

    @Autowired
    CustomerPortal portal;

    @Autowired
    CaseViewers viewers;

    Answer call(String user, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        return ApiCalls.call(port, user, method, path, body, headers);
    }

    static String newCase(String subject, String email) {
        return """
                {"channel": "WALK_IN", "type": "COMPLAINT", "topic": "returns", "subject": "%s",
                 "message": "The fridge door was dented on delivery.",
                 "customer": {"name": "Wulan Sari", "email": "%s", "phone": "+62 812-0000-0002", "language": "en"}}"""
                .formatted(subject, email);
    }

    /** A walk-in complaint the user logs, and so owns. */
    JsonNode opened(String user) throws Exception {
        Answer created = call(
                user,
                "POST",
                "/api/cases",
                newCase("Fridge door dented", "wulan." + UUID.randomUUID() + "@example.com"));
        assertThat(created.status()).as("opening a case").isEqualTo(201);
        return created.body();
    }

    static String refund(long amount, int version) {
        return """
                {"type": "REFUND", "amount": %d, "note": "Refund for the dented door", "version": %d}"""
                .formatted(amount, version);
    }

    static String action(String type, long amount, int version) {
        return """
                {"type": "%s", "amount": %d, "version": %d}""".formatted(type, amount, version);
    }

    static String casePath(JsonNode c) {
        return "/api/cases/" + c.get("id").asLong();
    }

    long employeeId(String email) throws Exception {
        JsonNode found =
                call("agent", "GET", "/api/people?q=" + email, null).body().get("items");
        assertThat(found).hasSize(1);
        return found.get(0).get("id").asLong();
    }

    /** The ids of a list's items, or of a page's items. */
    static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        (list.has("items") ? list.get("items") : list)
                .forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    /** A case of the agent's waiting for the manager's approval of a 3,000,000 refund. */
    JsonNode pendingForTheManager() throws Exception {
        JsonNode c = opened("agent");
        Answer proposed = call(
                "agent",
                "POST",
                casePath(c) + "/resolutions",
                refund(3_000_000, c.get("version").asInt()));
        assertThat(proposed.status()).isEqualTo(202);
        return proposed.body();
    }

    @Test
    void opensACaseLoggedByTheCallerWith201AndTheLocation() throws Exception {
        Answer created = call("agent", "POST", "/api/cases", newCase("Wrong invoice", "wulan.invoice@example.com"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).matches("/api/cases/\\d+");
        JsonNode c = created.body();
        assertThat(c.get("reference").asString()).matches("KTR-\\d{4}-\\d{6}");
        assertThat(c.get("status").asString()).isEqualTo("OPEN");
        assertThat(c.get("priority").asString()).isEqualTo("HIGH");
        assertThat(c.get("owner").get("name").asString()).isEqualTo("Agus Pratama");
        assertThat(c.get("privateLink").asString()).matches("/portal/cases/[A-Za-z0-9_-]{43}");
        assertThat(c.get("customer").get("email").asString()).isEqualTo("wulan.invoice@example.com");
        assertThat(c.get("sla").get("firstResponse").get("state").asString()).isEqualTo("MET");
        assertThat(c.get("sla").get("resolution").get("state").asString()).isIn("ON_TRACK", "NEAR_BREACH");
        assertThat(c.get("timeline").findValuesAsString("kind")).containsExactly("OPENED", "CUSTOMER_MESSAGE");
        assertThat(c.get("timeline").get(0).get("channel").asString())
                .isEqualTo(c.get("channel").asString());
        assertThat(c.get("timeline").get(1).has("channel")).isFalse();
        assertThat(c.has("version")).isTrue();

        Answer read = call("manager", "GET", created.location(), null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body())
                .as("the 201 is built without reading the case back, and must say what a read says")
                .isEqualTo(c);
    }

    @Test
    void theQueueListsCasesWithTheirServiceTargetsAndFilters() throws Exception {
        JsonNode mine = opened("agent");
        String reference = mine.get("reference").asString();

        Answer queue = call("agent", "GET", "/api/cases?owner=MINE&type=COMPLAINT&q=" + reference, null);

        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.items()).singleElement().satisfies(c -> {
            assertThat(c.get("id").asLong()).isEqualTo(mine.get("id").asLong());
            assertThat(c.get("customerName").asString()).isEqualTo("Wulan Sari");
            assertThat(c.get("sla").get("resolution").has("due")).isTrue();
        });
        assertThat(call("manager", "GET", "/api/cases?owner=MINE&q=" + reference, null)
                        .items())
                .isEmpty();
        assertThat(call("agent", "GET", "/api/cases?owner=UNASSIGNED&q=" + reference, null)
                        .items())
                .isEmpty();
        assertThat(call("agent", "GET", "/api/cases?status=RESOLVED&q=" + reference, null)
                        .items())
                .isEmpty();
        assertThat(call("agent", "GET", "/api/cases?owner=SOMEONE", null).status())
                .isEqualTo(400);
    }

    @Test
    void repliesNotesOwnerAndStatusEachTakeTheVersionTheyWereBasedOn() throws Exception {
        JsonNode c = opened("agent");
        String path = casePath(c);

        Answer note = call(
                "agent",
                "POST",
                path + "/messages",
                """
                {"text": "Customer is upset, be gentle.", "internal": true}""");
        assertThat(note.status()).isEqualTo(201);
        Answer reply = call(
                "agent",
                "POST",
                path + "/messages",
                """
                {"text": "Could you send us a photo?", "waitForCustomer": true, "version": %d}"""
                        .formatted(note.body().get("version").asInt()));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().get("status").asString()).isEqualTo("WAITING_ON_CUSTOMER");
        assertThat(reply.body().get("sla").get("resolution").get("state").asString())
                .isEqualTo("PAUSED");
        JsonNode timeline = reply.body().get("timeline");
        assertThat(timeline.findValuesAsString("kind")).contains("NOTE", "REPLY");
        for (JsonNode entry : timeline) {
            if (entry.get("kind").asString().equals("NOTE")) {
                assertThat(entry.get("internal").asBoolean()).isTrue();
                assertThat(entry.get("author").get("name").asString()).isEqualTo("Agus Pratama");
            }
        }

        Answer handedOver = call(
                "agent",
                "PUT",
                path + "/owner",
                """
                {"employeeId": %d, "version": %d}"""
                        .formatted(
                                employeeId("dewi.lestari@sinarmaju.example"),
                                reply.body().get("version").asInt()));
        assertThat(handedOver.status()).isEqualTo(200);
        assertThat(handedOver.body().get("owner").get("name").asString()).isEqualTo("Dewi Lestari");

        Answer taken = call(
                "agent",
                "PUT",
                path + "/owner",
                """
                {"version": %d}"""
                        .formatted(handedOver.body().get("version").asInt()));
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.body().get("owner").get("name").asString()).isEqualTo("Agus Pratama");

        Answer resolved = call(
                "agent",
                "PUT",
                path + "/status",
                """
                {"status": "RESOLVED", "version": %d}"""
                        .formatted(taken.body().get("version").asInt()));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.body().get("status").asString()).isEqualTo("RESOLVED");

        Answer byKantor = call(
                "agent",
                "PUT",
                path + "/status",
                """
                {"status": "PENDING_APPROVAL", "version": %d}"""
                        .formatted(resolved.body().get("version").asInt()));
        assertThat(byKantor.status()).isEqualTo(422);
        assertThat(byKantor.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRefundWithinTheAgentsLimitIsCarriedOutWith201() throws Exception {
        JsonNode c = opened("agent");

        Answer answer = call(
                "agent",
                "POST",
                casePath(c) + "/resolutions",
                refund(100_000, c.get("version").asInt()));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().get("outcome").asString()).isEqualTo("CARRIED_OUT");
        assertThat(answer.body().get("authority").asString()).isEqualTo("WITHIN");
        assertThat(answer.body().has("approver")).isFalse();
        assertThat(answer.body().get("action").get("state").asString()).isEqualTo("CARRIED_OUT");
        assertThat(answer.body().get("caseStatus").asString()).isEqualTo("RESOLVED");
        JsonNode read = call("agent", "GET", casePath(c), null).body();
        assertThat(read.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(read.get("actions").findValuesAsString("state")).containsExactly("CARRIED_OUT");
    }

    @Test
    void aRefundAboveTheAgentsLimitIs202AndWaitsForTheManagerWhoseLimitCoversIt() throws Exception {
        JsonNode c = opened("agent");

        Answer answer = call(
                "agent",
                "POST",
                casePath(c) + "/resolutions",
                refund(3_000_000, c.get("version").asInt()));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.body().get("outcome").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(answer.body().get("authority").asString()).isEqualTo("ABOVE_PER_ACTION");
        assertThat(answer.body().get("approver").get("name").asString()).isEqualTo("Dewi Lestari");
        assertThat(answer.body().get("approver").get("id").asLong())
                .isEqualTo(employeeId("dewi.lestari@sinarmaju.example"));
        assertThat(answer.body().get("caseStatus").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(call("agent", "GET", casePath(c), null).body().get("status").asString())
                .isEqualTo("PENDING_APPROVAL");
    }

    @Test
    void aRefundWithinTheTeamLeadsLimitWaitsForTheTeamLead() throws Exception {
        JsonNode c = opened("agent");

        Answer answer = call(
                "agent",
                "POST",
                casePath(c) + "/resolutions",
                refund(1_000_000, c.get("version").asInt()));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.body().get("approver").get("name").asString()).isEqualTo("Yuliana Siregar");
        assertThat(answer.body().get("approver").get("id").asLong())
                .isEqualTo(employeeId("yuliana.siregar@sinarmaju.example"));
    }

    @Test
    void withoutAnyAuthorityTheAnswerIs403NamingWhoCanApprove() throws Exception {
        JsonNode c = opened("agent");
        int version = c.get("version").asInt();

        Answer refused = call(
                "accountant", "POST", casePath(c) + "/resolutions", refund(100_000, version), "Accept-Language", "en");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:kantor:problem:resolution-no-authority");
        JsonNode approver = refused.body().get("approver");
        assertThat(approver.get("id").asLong()).isPositive();
        assertThat(approver.get("name").asString()).isNotBlank();
        assertThat(refused.body().get("title").asString())
                .contains(approver.get("name").asString());
        assertThat(call("agent", "GET", casePath(c), null).body().get("actions"))
                .isEmpty();

        Answer asked = call(
                "accountant",
                "POST",
                casePath(c) + "/resolutions",
                """
                {"type": "REFUND", "amount": 100000, "version": %d, "requestApproval": true}"""
                        .formatted(version));
        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.body().get("authority").asString()).isEqualTo("NONE");
        assertThat(asked.body().get("approver").get("id").asLong())
                .isEqualTo(approver.get("id").asLong());
    }

    @Test
    void badInputIs400ProblemListingEveryField() throws Exception {
        Answer answer = call(
                "agent",
                "POST",
                "/api/cases",
                """
                {"channel": "PHONE", "type": "QUESTION", "topic": "billing", "subject": " ",
                 "customer": {"name": "Budi", "email": "not-an-email"}}""",
                "Accept-Language",
                "en");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:kantor:problem:invalid-input");
        assertThat(answer.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("subject", "customer.email");
        assertThat(answer.body().get("errors").findValuesAsString("message")).contains("Not a valid e-mail address.");

        JsonNode c = opened("agent");
        Answer negative = call(
                "agent",
                "POST",
                casePath(c) + "/resolutions",
                refund(-5, c.get("version").asInt()));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(negative.body().get("errors").findValuesAsString("field")).containsExactly("amount");

        Answer noVersion = call(
                "agent",
                "POST",
                casePath(c) + "/resolutions",
                """
                {"type": "REFUND", "amount": 1000}""");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body().get("errors").findValuesAsString("field")).containsExactly("version");

        assertThat(call("agent", "POST", "/api/cases", "{\"channel\": \"PIGEON\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aMissingCaseIs404Problem() throws Exception {
        Answer answer = call("agent", "GET", "/api/cases/987654", null);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:kantor:problem:not-found");
        // an id is a name, not an amount: no thousands separator in either language
        assertThat(answer.body().get("title").asString()).isEqualTo("There is no case with the id 987654.");
        assertThat(call("agent", "GET", "/api/cases/987654", null, "Accept-Language", "id")
                        .body()
                        .get("title")
                        .asString())
                .isEqualTo("Tidak ada kasus dengan id 987654.");
        assertThat(call("agent", "POST", "/api/cases/987654/resolutions", refund(1000, 0))
                        .status())
                .isEqualTo(404);
        assertThat(call("manager", "POST", "/api/approvals/987654/approval", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void messagesAppendWithoutAVersionWhateverHappenedMeanwhile() throws Exception {
        JsonNode c = opened("agent");
        String path = casePath(c) + "/messages";
        String token = c.get("privateLink").asString().substring("/portal/cases/".length());

        // a colleague replies, and the customer writes through the portal, while the agent types
        assertThat(call("manager", "POST", path, """
                {"text": "First answer"}""")
                        .status())
                .isEqualTo(201);
        portal.reply(token, "Any news?");
        Answer second = call("agent", "POST", path, """
                {"text": "Second answer"}""");
        Answer note =
                call("agent", "POST", path, """
                {"text": "Checked the stock.", "internal": true}""");

        assertThat(second.status()).isEqualTo(201);
        assertThat(note.status()).isEqualTo(201);
        assertThat(note.body().get("timeline").findValuesAsString("body"))
                .containsSubsequence("First answer", "Any news?", "Second answer", "Checked the stock.");
        // a reply to a customer with an address says it was e-mailed
        JsonNode reply = last(second.body().get("timeline"), "REPLY");
        assertThat(reply.get("channel").asString()).isEqualTo("EMAIL");
    }

    @Test
    void firstRepliesSentAtTheSameMomentAllGoThrough() throws Exception {
        // an e-mail case not answered yet: the first reply stops its first-response clock, and so saves the case
        Answer created = call(
                "agent",
                "POST",
                "/api/cases",
                """
                {"channel": "EMAIL", "type": "QUESTION", "topic": "returns", "subject": "Return label",
                 "message": "Where do I get a return label?",
                 "customer": {"name": "Wulan Sari", "email": "wulan.%s@example.com", "language": "en"}}"""
                        .formatted(UUID.randomUUID()));
        assertThat(created.status()).isEqualTo(201);
        String path = casePath(created.body()) + "/messages";
        List<Callable<Answer>> replies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String user = i % 2 == 0 ? "agent" : "manager";
            String text = "Reply number " + i;
            replies.add(() -> call(user, "POST", path, "{\"text\": \"" + text + "\"}"));
        }

        List<Answer> answers = AtOnce.run(replies);

        assertThat(answers).extracting(Answer::status).containsOnly(201);
        assertThat(call("agent", "GET", casePath(created.body()), null)
                        .body()
                        .get("timeline")
                        .findValuesAsString("body"))
                .contains("Reply number 0", "Reply number 1", "Reply number 2", "Reply number 3");
    }

    @Test
    void aFieldChangedBySomeoneElseSinceTheVersionSentIs409NamingWhatChangedAndChangesNothing() throws Exception {
        JsonNode c = opened("agent");
        int version = c.get("version").asInt();
        String path = casePath(c);

        // the manager puts the case on hold
        assertThat(call(
                                "manager",
                                "PUT",
                                path + "/status",
                                """
                {"status": "WAITING_ON_CUSTOMER", "version": %d}"""
                                        .formatted(version))
                        .status())
                .isEqualTo(200);

        // HR does not work cases
        assertThat(call(
                                "hr",
                                "PUT",
                                path + "/priority",
                                """
                {"priority": "LOW", "version": %d}""".formatted(version))
                        .status())
                .isEqualTo(403);

        // a change of another field on the same old version still goes through
        Answer priority = call(
                "agent",
                "PUT",
                path + "/priority",
                """
                {"priority": "LOW", "version": %d}""".formatted(version));
        assertThat(priority.status()).isEqualTo(200);
        assertThat(priority.body().get("priority").asString()).isEqualTo("LOW");

        // but the status, changed meanwhile, is refused, saying who changed it from what to what
        Answer conflict = call(
                "agent",
                "PUT",
                path + "/status",
                """
                {"status": "RESOLVED", "version": %d}""".formatted(version),
                "Accept-Language",
                "en");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.body().get("type").asString()).isEqualTo("urn:kantor:problem:concurrent-change");
        assertThat(conflict.body().get("title").asString())
                .startsWith("Dewi Lestari changed the status from Open to Waiting on customer.");
        assertThat(conflict.body().get("version").asInt())
                .isEqualTo(priority.body().get("version").asInt());
        JsonNode change = conflict.body().get("changes").get(0);
        assertThat(change.get("field").asString()).isEqualTo("status");
        assertThat(change.get("from").asString()).isEqualTo("OPEN");
        assertThat(change.get("to").asString()).isEqualTo("WAITING_ON_CUSTOMER");
        assertThat(change.get("by").get("name").asString()).isEqualTo("Dewi Lestari");
        assertThat(call(
                                "agent",
                                "PUT",
                                path + "/status",
                                """
                {"status": "RESOLVED", "version": %d}""".formatted(version),
                                "Accept-Language",
                                "id")
                        .body()
                        .get("title")
                        .asString())
                .startsWith("Dewi Lestari mengubah status dari Terbuka menjadi Menunggu pelanggan.");

        // a reply asking for a status on that version is refused too, and nothing of it is written
        Answer reply = call(
                "agent",
                "POST",
                path + "/messages",
                """
                {"text": "Solved, see attached.", "status": "RESOLVED", "version": %d}"""
                        .formatted(version));
        assertThat(reply.status()).isEqualTo(409);
        JsonNode now = call("agent", "GET", path, null).body();
        assertThat(now.get("status").asString()).isEqualTo("WAITING_ON_CUSTOMER");
        assertThat(now.get("timeline").findValuesAsString("body")).doesNotContain("Solved, see attached.");

        // and resolutions, which decide on the case as read, still need the current version
        assertThat(call("agent", "POST", path + "/resolutions", refund(1000, version))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aReplyToACustomerWithoutAnAddressSaysItWasNotEmailed() throws Exception {
        Answer created = call(
                "agent",
                "POST",
                "/api/cases",
                """
                {"channel": "WALK_IN", "type": "QUESTION", "topic": "returns", "subject": "Receipt lost",
                 "message": "Can I still return the kettle?",
                 "customer": {"name": "Pak Joko", "phone": "+62 812-0000-0099", "language": "id"}}""");
        assertThat(created.status()).isEqualTo(201);
        String path = casePath(created.body()) + "/messages";

        Answer recorded =
                call("agent", "POST", path, """
                {"text": "Yes, with your bank statement."}""");
        assertThat(recorded.status()).isEqualTo(201);
        assertThat(last(recorded.body().get("timeline"), "REPLY").get("channel").asString())
                .isEqualTo("WEB");

        Answer called =
                call("agent", "POST", path, """
                {"text": "Told him by phone.", "byPhone": true}""");
        assertThat(called.status()).isEqualTo(201);
        assertThat(last(called.body().get("timeline"), "CALL").get("body").asString())
                .isEqualTo("Told him by phone.");

        Answer badAddress = call(
                "agent",
                "POST",
                path,
                """
                {"text": "Your kettle is ready.", "email": "not an address"}""");
        assertThat(badAddress.status()).isEqualTo(400);
        assertThat(badAddress.body().get("errors").findValuesAsString("field")).containsExactly("email");
    }

    @Test
    void whoIsLookingAtACaseIsKeptInThisDatabaseAndNobodySeesThemselves() throws Exception {
        long caseId = opened("agent").get("id").asLong();
        long agus = employeeId("agus.pratama@sinarmaju.example");
        long dewi = employeeId("dewi.lestari@sinarmaju.example");

        // the pages' heartbeats, twice from one of them (two tabs, or two rounds)
        viewers.looking(caseId, dewi);
        viewers.looking(caseId, dewi);
        viewers.looking(caseId, agus);

        assertThat(viewers.othersLooking(caseId, agus)).containsExactly(dewi);
        assertThat(viewers.othersLooking(caseId, dewi)).containsExactly(agus);
    }

    private static JsonNode last(JsonNode timeline, String kind) {
        JsonNode found = null;
        for (JsonNode entry : timeline) {
            if (entry.get("kind").asString().equals(kind)) {
                found = entry;
            }
        }
        assertThat(found).as("a %s entry", kind).isNotNull();
        return found;
    }

    @Test
    void theManagerApprovesThroughTheApiAndTheCaseIsResolved() throws Exception {
        JsonNode proposed = pendingForTheManager();
        long actionId = proposed.get("action").get("id").asLong();
        long caseId = proposed.get("action").get("caseId").asLong();

        Answer waiting = call("manager", "GET", "/api/approvals?size=200", null);
        assertThat(waiting.status()).isEqualTo(200);
        assertThat(ids(waiting.body())).contains(actionId);
        assertThat(waiting.items())
                .filteredOn(a -> a.get("id").asLong() == actionId)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.get("caseId").asLong()).isEqualTo(caseId);
                    assertThat(a.get("amount").asLong()).isEqualTo(3_000_000);
                    assertThat(a.get("proposedBy").get("name").asString()).isEqualTo("Agus Pratama");
                    assertThat(a.get("caseReference").asString()).startsWith("KTR-");
                });
        assertThat(ids(call("agent", "GET", "/api/approvals?size=200", null).body()))
                .doesNotContain(actionId);

        Answer approved = call("manager", "POST", "/api/approvals/" + actionId + "/approval", null);

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(approved.body().get("action").get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.body().get("action").get("decidedBy").get("name").asString())
                .isEqualTo("Dewi Lestari");
        assertThat(approved.body().get("caseStatus").asString()).isEqualTo("RESOLVED");
        JsonNode c = call("agent", "GET", "/api/cases/" + caseId, null).body();
        assertThat(c.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(c.get("timeline").findValuesAsString("kind")).contains("ACTION_PENDING", "ACTION_APPROVED");
        // each entry says what it is about in its own field, not only as a code to parse
        for (JsonNode entry : c.get("timeline")) {
            switch (entry.get("kind").asString()) {
                case "ACTION_PENDING" -> {
                    assertThat(entry.get("action").get("type").asString()).isEqualTo("REFUND");
                    assertThat(entry.get("action").get("amount").asLong()).isEqualTo(3_000_000);
                    assertThat(entry.get("action").get("approver").get("name").asString())
                            .isEqualTo("Dewi Lestari");
                }
                case "ACTION_APPROVED" ->
                    assertThat(entry.get("action").has("approver")).isFalse();
                case "STATUS" ->
                    assertThat(CaseStatus.valueOf(entry.get("status").asString()))
                            .isNotNull();
                case "OWNER" ->
                    assertThat(entry.get("employee").get("name").asString()).isEqualTo("Agus Pratama");
                default ->
                    assertThat(entry.has("action"))
                            .as(entry.get("kind").asString())
                            .isFalse();
            }
        }
        assertThat(ids(call("manager", "GET", "/api/approvals?size=200", null).body()))
                .doesNotContain(actionId);
    }

    @Test
    void theManagerRejectsWithAReasonAndTheCaseGoesBackToItsOwner() throws Exception {
        JsonNode proposed = pendingForTheManager();
        long actionId = proposed.get("action").get("id").asLong();

        assertThat(call("manager", "POST", "/api/approvals/" + actionId + "/rejection", "{}")
                        .status())
                .isEqualTo(400);
        Answer rejected = call(
                "manager",
                "POST",
                "/api/approvals/" + actionId + "/rejection",
                """
                {"reason": "Offer a replacement instead"}""");

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body().get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(rejected.body().get("action").get("reason").asString()).isEqualTo("Offer a replacement instead");
        assertThat(rejected.body().get("caseStatus").asString()).isEqualTo("OPEN");
    }

    @Test
    void aRejectionReasonLongerThanItsColumnIs400NamingTheReasonAndDecidesNothing() throws Exception {
        JsonNode proposed = pendingForTheManager();
        long actionId = proposed.get("action").get("id").asLong();

        Answer tooLong = call(
                "manager",
                "POST",
                "/api/approvals/" + actionId + "/rejection",
                "{\"reason\": \"" + "x".repeat(1001) + "\"}",
                "Accept-Language",
                "id");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(tooLong.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(tooLong.body().get("errors").get(0).get("message").asString())
                .isEqualTo("Paling banyak 1.000 karakter.");
        assertThat(ids(call("manager", "GET", "/api/approvals?size=200", null).body()))
                .contains(actionId);
    }

    @Test
    void theProposerCannotApproveTheirOwnRequest() throws Exception {
        JsonNode proposed = pendingForTheManager();
        long actionId = proposed.get("action").get("id").asLong();

        Answer own = call("agent", "POST", "/api/approvals/" + actionId + "/approval", null);

        assertThat(own.status()).isEqualTo(403);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat(own.body().get("type").asString()).isEqualTo("urn:kantor:problem:approval-own-request");
        assertThat(call(
                                "agent",
                                "GET",
                                "/api/cases/"
                                        + proposed.get("action").get("caseId").asLong(),
                                null)
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("PENDING_APPROVAL");
        assertThat(call("admin", "POST", "/api/approvals/" + actionId + "/approval", null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void decidingTwiceIs409() throws Exception {
        long actionId = pendingForTheManager().get("action").get("id").asLong();
        assertThat(call("manager", "POST", "/api/approvals/" + actionId + "/approval", null)
                        .status())
                .isEqualTo(200);

        Answer again = call("manager", "POST", "/api/approvals/" + actionId + "/approval", null);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(call(
                                "manager",
                                "POST",
                                "/api/approvals/" + actionId + "/rejection",
                                """
                {"reason": "Too late"}""")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void managersSeeTheCustomersRatings() throws Exception {
        JsonNode c = opened("agent");
        Answer carriedOut = call(
                "agent",
                "POST",
                casePath(c) + "/resolutions",
                refund(50_000, c.get("version").asInt()));
        assertThat(carriedOut.status()).isEqualTo(201);
        String token = c.get("privateLink").asString().substring("/portal/cases/".length());
        portal.rate(token, 4, "Quick and friendly");

        Answer ratings = call("manager", "GET", "/api/ratings", null);

        assertThat(ratings.status()).isEqualTo(200);
        assertThat(ratings.items()).anySatisfy(r -> {
            assertThat(r.get("caseReference").asString())
                    .isEqualTo(c.get("reference").asString());
            assertThat(r.get("stars").asInt()).isEqualTo(4);
            assertThat(r.get("comment").asString()).isEqualTo("Quick and friendly");
            assertThat(r.has("ratedAt")).isTrue();
        });
        assertThat(call("agent", "GET", casePath(c), null)
                        .body()
                        .get("rating")
                        .get("stars")
                        .asInt())
                .isEqualTo(4);
        assertThat(call("agent", "GET", "/api/ratings", null).status()).isEqualTo(403);
    }

    @Test
    void onlyPeopleWhoWorkOnCasesUseTheApi() throws Exception {
        Answer refused = call("hr", "POST", "/api/cases", newCase("From HR", "hr.refused@example.com"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(call("hr", "GET", "/api/cases", null).status()).isEqualTo(403);
        assertThat(call("hr", "GET", "/api/approvals?size=200", null).status()).isEqualTo(403);
        assertThat(call("agent", "GET", "/api/cases?q=From%20HR", null).items()).isEmpty();
    }

    @Test
    void anonymousCallersGet401() throws Exception {
        Answer anonymous = call(null, "POST", "/api/cases", newCase("Anonymous", "anon@example.com"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(call(null, "GET", "/api/approvals?size=200", null).status()).isEqualTo(401);
    }

    @Test
    void describesTheApiWithOpenApi() throws Exception {
        Answer docs = call("agent", "GET", "/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.body().get("paths");
        assertThat(paths.has("/api/cases/{id}/resolutions")).isTrue();
        assertThat(paths.has("/api/approvals/{id}/approval")).isTrue();
        assertThat(paths.get("/api/cases/{id}/resolutions")
                        .get("post")
                        .get("responses")
                        .has("202"))
                .isTrue();
        assertThat(docs.body().get("tags").findValuesAsString("name")).contains("Cases", "Approvals");
    }

    @Test
    void managersChangeServiceTargetsWithTheVersionTheyRead() throws Exception {
        JsonNode before = null;
        for (JsonNode t :
                call("agent", "GET", "/api/service-targets?size=200", null).items()) {
            if (t.get("type").asString().equals("QUESTION")
                    && t.get("priority").asString().equals("LOW")) {
                before = t;
            }
        }
        assertThat(before).isNotNull();
        int version = before.get("version").asInt();
        String path = "/api/service-targets/QUESTION/LOW";
        String change = "{\"firstResponseMinutes\": 300, \"resolutionMinutes\": 1800, \"version\": %d}";

        assertThat(call("agent", "PUT", path, change.formatted(version)).status())
                .isEqualTo(403);
        Answer backwards = call(
                "manager",
                "PUT",
                path,
                "{\"firstResponseMinutes\": 900, \"resolutionMinutes\": 60, \"version\": %d}".formatted(version));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().toString()).contains("firstResponse");

        Answer changed = call("manager", "PUT", path, change.formatted(version));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("firstResponseMinutes").asInt()).isEqualTo(300);
        assertThat(changed.body().get("version").asInt()).isEqualTo(version + 1);
        assertThat(call("admin", "PUT", path, change.formatted(version)).status())
                .as("a stale version")
                .isEqualTo(409);

        String restore = "{\"firstResponseMinutes\": %d, \"resolutionMinutes\": %d, \"version\": %d}"
                .formatted(
                        before.get("firstResponseMinutes").asInt(),
                        before.get("resolutionMinutes").asInt(),
                        version + 1);
        assertThat(call("admin", "PUT", path, restore).status()).isEqualTo(200);
    }

    // --- the daily limit under concurrency, and actions on a resolved case ---

    /** How many parallel calls the races below make: more than the connection pool holds. */
    static final int AT_ONCE = 20;

    @ParameterizedTest(name = "{0} of {1} against {2} a day")
    @CsvSource({"REPLACEMENT, 1400000, 5000000", "FEE_WAIVER, 210000, 1000000"})
    void proposalsAtOnceNeverCarryOutMoreThanTheDailyLimit(String type, long amount, long maxPerDay) throws Exception {
        // given twenty open cases of the agent's (a front-desk agent: the daily limit in the CSV source)
        List<JsonNode> cases = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            cases.add(opened("agent"));
        }

        // when the agent proposes the same action, within the per-action limit, on all of them at once
        List<Callable<Answer>> proposals = new ArrayList<>();
        for (JsonNode c : cases) {
            proposals.add(() -> call(
                    "agent",
                    "POST",
                    casePath(c) + "/resolutions",
                    action(type, amount, c.get("version").asInt())));
        }
        List<Answer> answers = AtOnce.run(proposals);

        // then no more than the day's limit is carried out, and every other proposal waits for approval
        assertThat(answers).extracting(Answer::status).containsOnly(201, 202);
        long carriedOut = answers.stream().filter(a -> a.status() == 201).count();
        assertThat(carriedOut).isBetween(1L, maxPerDay / amount);
        assertThat(answers).filteredOn(a -> a.status() == 202).allSatisfy(a -> {
            assertThat(a.body().get("authority").asString()).isEqualTo("ABOVE_PER_DAY");
            assertThat(a.body().get("caseStatus").asString()).isEqualTo("PENDING_APPROVAL");
        });
        // and each case says the same as its answer
        for (int i = 0; i < AT_ONCE; i++) {
            assertThat(call("agent", "GET", casePath(cases.get(i)), null)
                            .body()
                            .get("status")
                            .asString())
                    .isEqualTo(answers.get(i).status() == 201 ? "RESOLVED" : "PENDING_APPROVAL");
        }
    }

    @Test
    void approvalsAtOnceNeverTakeTheApproverPastTheirOwnDailyLimit() throws Exception {
        // given sixteen store credits of Rp 5,000,000 waiting for the customer service manager, whose own
        // limit is Rp 10,000,000 each and Rp 40,000,000 a day: eight of them fill her day
        int requests = 16;
        long amount = 5_000_000;
        List<Long> actionIds = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            JsonNode c = opened("agent");
            Answer proposed = call(
                    "agent",
                    "POST",
                    casePath(c) + "/resolutions",
                    action("STORE_CREDIT", amount, c.get("version").asInt()));
            assertThat(proposed.status()).isEqualTo(202);
            assertThat(proposed.body().get("approver").get("name").asString()).isEqualTo("Dewi Lestari");
            actionIds.add(proposed.body().get("action").get("id").asLong());
        }

        // when she approves them all at once
        List<Callable<Answer>> approvals = new ArrayList<>();
        for (long id : actionIds) {
            approvals.add(() -> call("manager", "POST", "/api/approvals/" + id + "/approval", null));
        }
        List<Answer> answers = AtOnce.run(approvals);

        // then she carries out no more than her day allows, and passes the rest up to the director
        assertThat(answers).extracting(Answer::status).containsOnly(200);
        long approved = answers.stream()
                .filter(a -> a.body().get("outcome").asString().equals("APPROVED"))
                .count();
        assertThat(approved).isBetween(1L, 40_000_000 / amount);
        assertThat(answers)
                .filteredOn(a -> a.body().get("outcome").asString().equals("PASSED_ON"))
                .hasSize((int) (requests - approved))
                .allSatisfy(
                        a -> assertThat(a.body().get("passedOnTo").get("name").asString())
                                .isEqualTo("Bambang Hadi Sutrisno"));
    }

    @Test
    void twoProposalsAtOnceOnOneCaseCarryOutOnlyOne() throws Exception {
        // given an open case of the agent's, read once
        JsonNode c = opened("agent");
        int version = c.get("version").asInt();

        // when the same refund is proposed on it several times at once (a double click, two tabs, a script)
        List<Callable<Answer>> proposals = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            proposals.add(() -> call("agent", "POST", casePath(c) + "/resolutions", refund(10_000, version)));
        }
        List<Answer> answers = AtOnce.run(proposals);

        // then exactly one is carried out; every other one is told the case changed meanwhile
        assertThat(answers).extracting(Answer::status).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(answers).filteredOn(a -> a.status() == 409).allSatisfy(a -> assertThat(
                        a.body().get("type").asString())
                .isEqualTo("urn:kantor:problem:concurrent-change"));
        assertThat(call("agent", "GET", casePath(c), null).body().get("actions"))
                .hasSize(1);
    }

    @Test
    void anActionOnAResolvedCaseIsRefusedUntilTheCaseIsReopened() throws Exception {
        // given a case resolved by a store credit
        JsonNode c = opened("agent");
        Answer first = call(
                "agent",
                "POST",
                casePath(c) + "/resolutions",
                action("STORE_CREDIT", 100_000, c.get("version").asInt()));
        assertThat(first.status()).isEqualTo(201);
        int resolved = first.body().get("caseVersion").asInt();

        // when a second store credit is proposed on the resolved case
        Answer again = call(
                "agent",
                "POST",
                casePath(c) + "/resolutions",
                action("STORE_CREDIT", 100_000, resolved),
                "Accept-Language",
                "en");

        // then it is refused, saying to reopen the case first, and nothing is carried out
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body().get("type").asString()).isEqualTo("urn:kantor:problem:case-reopen-first");
        assertThat(again.body().get("title").asString()).containsIgnoringCase("reopen");
        assertThat(call("agent", "GET", casePath(c), null).body().get("actions"))
                .hasSize(1);

        // and once reopened, an action is possible again
        Answer reopened = call(
                "agent",
                "PUT",
                casePath(c) + "/status",
                """
                {"status": "OPEN", "version": %d}""".formatted(resolved));
        assertThat(reopened.status()).isEqualTo(200);
        Answer afterReopening = call(
                "agent",
                "POST",
                casePath(c) + "/resolutions",
                action("STORE_CREDIT", 100_000, reopened.body().get("version").asInt()));
        assertThat(afterReopening.status()).isEqualTo(201);

        // while a closed case takes no action at all
        Answer closed = call(
                "agent",
                "PUT",
                casePath(c) + "/status",
                """
                {"status": "CLOSED", "version": %d}"""
                        .formatted(afterReopening.body().get("caseVersion").asInt()));
        assertThat(closed.status()).isEqualTo(200);
        Answer onClosed = call(
                "agent",
                "POST",
                casePath(c) + "/resolutions",
                action("STORE_CREDIT", 100_000, closed.body().get("version").asInt()));
        assertThat(onClosed.status()).isEqualTo(422);
        assertThat(call("agent", "GET", casePath(c), null).body().get("actions"))
                .hasSize(2);
    }

    // --- delegated authority: who may delegate what to whom ---

    static String delegation(String scope, long scopeId, String type, long perAction, long perDay) {
        return """
                {"scope": "%s", "scopeId": %d, "type": "%s", "maxPerAction": %d, "maxPerDay": %d}"""
                .formatted(scope, scopeId, type, perAction, perDay);
    }

    long positionId(String code) throws Exception {
        for (JsonNode p : call("admin", "GET", "/api/positions?size=200", null).items()) {
            if (p.get("code").asString().equals(code)) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no position " + code);
    }

    @Test
    void aManagerCannotRaiseTheirOwnAuthority() throws Exception {
        long dewi = employeeId("dewi.lestari@sinarmaju.example");

        // when the manager delegates Rp 900,000,000,000 per refund to herself
        Answer own = call(
                "manager",
                "POST",
                "/api/delegations",
                delegation("EMPLOYEE", dewi, "REFUND", 900_000_000_000L, 900_000_000_000L),
                "Accept-Language",
                "en");

        // then she is refused, and told why, naming the field
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat(own.body().get("type").asString()).isEqualTo("urn:kantor:problem:authority-refused-self");
        assertThat(own.body().get("field").asString()).isEqualTo("scopeId");
        assertThat(own.body().get("title").asString()).contains("Nobody delegates authority to themselves");
        assertThat(call("manager", "GET", "/api/delegations?size=200", null).items())
                .noneMatch(d -> d.get("scope").asString().equals("EMPLOYEE")
                        && d.get("scopeId").asLong() == dewi);

        // and a refund of Rp 500,000,000 of hers still waits for the director's approval
        JsonNode c = opened("manager");
        Answer refund = call(
                "manager",
                "POST",
                casePath(c) + "/resolutions",
                refund(500_000_000, c.get("version").asInt()));
        assertThat(refund.status()).isEqualTo(202);
        assertThat(refund.body().get("approver").get("name").asString()).isEqualTo("Bambang Hadi Sutrisno");
    }

    @Test
    void delegationsToEmployeesThatDoNotExistAre400NamingTheField() throws Exception {
        for (String user : List.of("manager", "admin")) {
            for (long id : new long[] {-1, 2_147_483_648L}) {
                Answer answer = call(
                        user,
                        "POST",
                        "/api/delegations",
                        delegation("EMPLOYEE", id, "REFUND", 1000, 1000),
                        "Accept-Language",
                        "en");
                assertThat(answer.status()).as("%s, employee %d", user, id).isEqualTo(400);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.body().get("errors").findValuesAsString("field"))
                        .containsExactly("scopeId");
                assertThat(answer.body().get("errors").findValuesAsString("message"))
                        .containsExactly("No active employee has this id.");
            }
        }
        assertThat(call("admin", "POST", "/api/delegations", delegation("POSITION", -1, "REFUND", 1000, 1000))
                        .body()
                        .get("errors")
                        .findValuesAsString("field"))
                .containsExactly("scopeId");
        assertThat(call("manager", "POST", "/api/delegations", "{}")
                        .body()
                        .get("errors")
                        .findValuesAsString("field"))
                .containsExactlyInAnyOrder("scope", "scopeId", "type", "maxPerAction", "maxPerDay");
    }

    @Test
    void aManagerDelegatesToThePeopleInHerLineWithinHerOwnLimits() throws Exception {
        long putu = employeeId("putu.wulandari@sinarmaju.example");
        long budi = employeeId("budi.santoso@sinarmaju.example");

        // what she may delegate: her own limits, no position limits
        Answer allowance = call("manager", "GET", "/api/delegations/allowance", null);
        assertThat(allowance.status()).isEqualTo(200);
        assertThat(allowance.body().get("positions").asBoolean()).isFalse();
        assertThat(allowance.body().get("capped").asBoolean()).isTrue();
        assertThat(allowance.body().get("ownLimits")).anySatisfy(l -> {
            assertThat(l.get("type").asString()).isEqualTo("GOODWILL_GIFT");
            assertThat(l.get("maxPerAction").asLong()).isEqualTo(2_000_000);
            assertThat(l.get("maxPerDay").asLong()).isEqualTo(8_000_000);
        });

        // more than her own limit, per action and per day: 400 naming both fields
        Answer above = call(
                "manager",
                "POST",
                "/api/delegations",
                delegation("EMPLOYEE", putu, "GOODWILL_GIFT", 3_000_000, 9_000_000),
                "Accept-Language",
                "en");
        assertThat(above.status()).isEqualTo(400);
        assertThat(above.body().get("errors").findValuesAsString("field")).containsExactly("maxPerAction", "maxPerDay");
        assertThat(above.body().get("errors").findValuesAsString("message"))
                .containsExactly(
                        "More than your own limit of Rp 2.000.000.", "More than your own limit of Rp 8.000.000.");
        // someone outside her line (a sales associate), and a position: 403 naming the field
        Answer outside = call(
                "manager", "POST", "/api/delegations", delegation("EMPLOYEE", budi, "GOODWILL_GIFT", 100_000, 100_000));
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.body().get("type").asString())
                .isEqualTo("urn:kantor:problem:authority-refused-outside-line");
        assertThat(outside.body().get("field").asString()).isEqualTo("scopeId");
        Answer position = call(
                "manager",
                "POST",
                "/api/delegations",
                delegation("POSITION", positionId("front-desk-agent"), "GOODWILL_GIFT", 100_000, 100_000));
        assertThat(position.status()).isEqualTo(403);
        assertThat(position.body().get("type").asString()).isEqualTo("urn:kantor:problem:authority-refused-positions");
        assertThat(position.body().get("field").asString()).isEqualTo("scope");

        // within her line and her limits: saved
        Answer saved = call(
                "manager", "POST", "/api/delegations", delegation("EMPLOYEE", putu, "GOODWILL_GIFT", 200_000, 800_000));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("name").asString()).isEqualTo("Putu Ayu Wulandari");
        assertThat(saved.body().get("maxPerAction").asLong()).isEqualTo(200_000);
        long id = saved.body().get("id").asLong();

        // and withdrawing follows the same rules: hers to withdraw, a position's is not
        long positionDelegation = 0;
        for (JsonNode d :
                call("manager", "GET", "/api/delegations?size=200", null).items()) {
            if (d.get("scope").asString().equals("POSITION")) {
                positionDelegation = d.get("id").asLong();
            }
        }
        assertThat(call("manager", "DELETE", "/api/delegations/" + positionDelegation, null)
                        .status())
                .isEqualTo(403);
        assertThat(call("agent", "DELETE", "/api/delegations/" + id, null).status())
                .isEqualTo(403);
        assertThat(call("manager", "DELETE", "/api/delegations/" + id, null).status())
                .isEqualTo(204);
        Answer again = call("manager", "DELETE", "/api/delegations/" + id, null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void onlyAdminsSetPositionLimits() throws Exception {
        long itSupport = positionId("it-support");

        Answer allowance = call("admin", "GET", "/api/delegations/allowance", null);
        assertThat(allowance.body().get("positions").asBoolean()).isTrue();
        assertThat(allowance.body().get("capped").asBoolean()).isFalse();

        Answer saved = call(
                "admin",
                "POST",
                "/api/delegations",
                delegation("POSITION", itSupport, "GOODWILL_GIFT", 250_000, 1_000_000),
                "Accept-Language",
                "en");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("name").asString()).isEqualTo("IT Support Specialist");
        assertThat(call(
                                "admin",
                                "DELETE",
                                "/api/delegations/" + saved.body().get("id").asLong(),
                                null)
                        .status())
                .isEqualTo(204);
        assertThat(call("agent", "GET", "/api/delegations?size=200", null).status())
                .isEqualTo(403);
        assertThat(call("agent", "POST", "/api/delegations", delegation("POSITION", itSupport, "GOODWILL_GIFT", 1, 1))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void describesTheDelegationRefusals() throws Exception {
        JsonNode paths = call("agent", "GET", "/v3/api-docs", null).body().get("paths");

        JsonNode post = paths.get("/api/delegations").get("post");
        assertThat(post.get("responses").get("403").get("description").asString())
                .contains("authority-refused-self", "authority-refused-outside-line", "authority-refused-positions");
        assertThat(post.get("responses").has("400")).isTrue();
        assertThat(paths.get("/api/delegations/{id}")
                        .get("delete")
                        .get("responses")
                        .has("403"))
                .isTrue();
        assertThat(paths.get("/api/cases/{id}/resolutions")
                        .get("post")
                        .get("responses")
                        .get("422")
                        .get("description")
                        .asString())
                .contains("case-reopen-first");
    }

    @Test
    void outOfRangePagesAndSizesAre400NamingTheParameterNeverQuietlyChanged() throws Exception {
        for (String size : new String[] {"-1", "0", "201"}) {
            Answer queue = call("agent", "GET", "/api/cases?size=" + size, null);
            assertThat(queue.status()).as(size).isEqualTo(400);
            assertThat(queue.body().get("errors").get(0).get("field").asString())
                    .isEqualTo("size");
        }
        Answer far = call("agent", "GET", "/api/cases?page=5000001&size=200", null);
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.body().get("errors").get(0).get("field").asString()).isEqualTo("page");
        Answer ratings = call("manager", "GET", "/api/ratings?size=0", null);
        assertThat(ratings.status()).isEqualTo(400);
        assertThat(ratings.body().get("errors").get(0).get("field").asString()).isEqualTo("size");
    }

    @Autowired
    dev.kantor.cases.intake.CaseIntake intake;

    @Autowired
    CaseWork work;

    @Autowired
    dev.kantor.platform.security.UserAccounts accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    QueueCases queueCases() {
        return new QueueCases(intake, work, accounts);
    }

    int versionOf(dev.kantor.cases.customercase.CustomerCase c) {
        return jdbc.sql("select version from customer_case where id = ?")
                .param(c.getId())
                .query(Integer.class)
                .single();
    }

    @Test
    void theQueueSortsEveryColumnBothWaysAndRefusesAnUnknownColumn() throws Exception {
        QueueCases.Three three = queueCases().three();
        for (dev.kantor.cases.views.SortColumn column : dev.kantor.cases.views.SortColumn.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                Answer queue = call(
                        "manager",
                        "GET",
                        "/api/cases?q=" + three.marker() + "&sort=" + (ascending ? "" : "-") + column.parameter(),
                        null);
                assertThat(queue.status()).isEqualTo(200);
                assertThat(ids(queue.body()))
                        .as("%s %s", column, ascending ? "ascending" : "descending")
                        .containsExactlyElementsOf(three.sorted(column, ascending));
            }
        }
        Answer unknown = call("manager", "GET", "/api/cases?sort=-salary", null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        assertThat(call("manager", "GET", "/api/cases?page=-1", null).status()).isEqualTo(400);
    }

    @Test
    void savedViewsBelongToTheCallerAloneAndShowTheirCases() throws Exception {
        String marker = QueueCases.marker();
        var urgent =
                queueCases().walkIn("agent", "Eka " + marker, "Urgent " + marker, dev.kantor.cases.Priority.URGENT);
        queueCases().walkIn("agent", "Fajar " + marker, "Low " + marker, dev.kantor.cases.Priority.LOW);

        Answer created = call(
                "agent",
                "POST",
                "/api/case-views",
                """
                {"name": "My urgent %s", "priority": "URGENT", "text": "%s", "sort": "OPENED", "direction": "ASC",
                 "isDefault": true}"""
                        .formatted(marker, marker));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).matches("/api/case-views/\\d+");
        JsonNode view = created.body();
        assertThat(view.get("isDefault").asBoolean()).isTrue();
        assertThat(view.get("sort").asString()).isEqualTo("OPENED");
        long id = view.get("id").asLong();

        assertThat(ids(call("agent", "GET", "/api/case-views?size=200", null).body()))
                .contains(id);
        assertThat(ids(call("agent", "GET", "/api/cases?view=" + id, null).body()))
                .containsExactly(urgent.getId());

        // another person never sees, reads, uses, changes or deletes it
        assertThat(ids(call("manager", "GET", "/api/case-views?size=200", null).body()))
                .doesNotContain(id);
        assertThat(call("manager", "GET", "/api/case-views/" + id, null).status())
                .isEqualTo(404);
        assertThat(call("manager", "GET", "/api/cases?view=" + id, null).status())
                .isEqualTo(400);
        assertThat(call(
                                "manager",
                                "PUT",
                                "/api/case-views/" + id,
                                """
                {"name": "Mine now", "version": 0}""")
                        .status())
                .isEqualTo(404);
        assertThat(call("manager", "DELETE", "/api/case-views/" + id, null).status())
                .isEqualTo(404);
        assertThat(call("hr", "GET", "/api/case-views?size=200", null).status()).isEqualTo(403);

        // renamed with the version read; a stale version is refused
        Answer renamed = call(
                "agent",
                "PUT",
                "/api/case-views/" + id,
                """
                {"name": "Urgent, oldest first %s", "priority": "URGENT", "sort": "OPENED", "direction": "ASC",
                 "version": %d}"""
                        .formatted(marker, view.get("version").asInt()));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().get("name").asString()).isEqualTo("Urgent, oldest first " + marker);
        assertThat(renamed.body().get("isDefault").asBoolean())
                .as("kept when left out")
                .isTrue();
        assertThat(call(
                                "agent",
                                "PUT",
                                "/api/case-views/" + id,
                                """
                {"name": "Again", "version": %d}"""
                                        .formatted(view.get("version").asInt()))
                        .status())
                .isEqualTo(409);

        assertThat(call("agent", "DELETE", "/api/case-views/" + id, null).status())
                .isEqualTo(204);
        assertThat(call("agent", "GET", "/api/case-views/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void aViewWithoutANameOrWithATakenOneIsRefusedNamingTheField() throws Exception {
        String name = "Breaching " + QueueCases.marker();
        assertThat(call(
                                "agent",
                                "POST",
                                "/api/case-views",
                                """
                {"name": "%s", "sla": "NEAR_BREACH"}""".formatted(name))
                        .status())
                .isEqualTo(201);

        Answer blank = call(
                "agent",
                "POST",
                "/api/case-views",
                """
                {"name": " ", "text": "%s"}""".formatted("x".repeat(101)),
                "Accept-Language",
                "id");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(blank.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "text");
        assertThat(blank.body().get("errors").findValuesAsString("message")).contains("Wajib diisi.");

        Answer taken = call(
                "agent",
                "POST",
                "/api/case-views",
                """
                {"name": "  %s "}""".formatted(name.toLowerCase(java.util.Locale.ROOT)),
                "Accept-Language",
                "en");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.contentType()).startsWith("application/problem+json");
        assertThat(taken.body().get("type").asString()).isEqualTo("urn:kantor:problem:duplicate");
        assertThat(taken.body().get("title").asString()).isEqualTo("You already have a view called “" + name + "”.");
        assertThat(taken.body().get("errors").findValuesAsString("field")).containsExactly("name");

        assertThat(call("manager", "POST", "/api/case-views", """
                {"name": "%s"}""".formatted(name))
                        .status())
                .as("the name is free for someone else")
                .isEqualTo(201);
    }

    @Test
    void aBulkAssignmentChangesWhatItMayAndListsEachRefusalWithItsReason() throws Exception {
        QueueCases q = queueCases();
        String marker = QueueCases.marker();
        var first = q.walkIn("agent", "Gita " + marker, "Kettle " + marker, dev.kantor.cases.Priority.NORMAL);
        var second = q.walkIn("agent", "Hadi " + marker, "Toaster " + marker, dev.kantor.cases.Priority.NORMAL);
        var closed = q.closed("agent", "Blender " + marker);
        var managers = q.walkIn("manager", "Kartika " + marker, "Fan " + marker, dev.kantor.cases.Priority.NORMAL);
        long accountant = accounts.loadUserByUsername("accountant").employeeId();

        Answer answer = call(
                "agent",
                "POST",
                "/api/cases/bulk",
                """
                {"action": "ASSIGN", "assigneeId": %d, "cases": [
                  {"id": %d, "version": %d}, {"id": %d, "version": %d}, {"id": %d, "version": %d},
                  {"id": %d, "version": %d}, {"id": 999999999, "version": 0}]}"""
                        .formatted(
                                accountant,
                                first.getId(),
                                versionOf(first),
                                second.getId(),
                                versionOf(second) + 7,
                                closed.getId(),
                                versionOf(closed),
                                managers.getId(),
                                versionOf(managers)),
                "Accept-Language",
                "id");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.body();
        assertThat(body.get("changed").asInt()).isEqualTo(1);
        assertThat(body.get("refused").asInt()).isEqualTo(4);
        JsonNode results = body.get("results");
        assertThat(results.findValuesAsString("outcome"))
                .containsExactly("CHANGED", "REFUSED", "REFUSED", "REFUSED", "REFUSED");
        assertThat(results.get(0).get("version").asInt()).isEqualTo(versionOf(first));
        assertThat(results.get(1).get("status").asInt()).isEqualTo(409);
        assertThat(results.get(1).get("type").asString()).isEqualTo("concurrent-change");
        assertThat(results.get(2).get("status").asInt()).isEqualTo(422);
        assertThat(results.get(2).get("reference").asString()).isEqualTo(closed.getReference());
        assertThat(results.get(2).get("message").asString()).isEqualTo("Kasus ini sudah ditutup.");
        assertThat(results.get(3).get("status").asInt()).isEqualTo(403);
        assertThat(results.get(3).get("type").asString()).isEqualTo("case-reassign-colleagues-case");
        assertThat(results.get(4).get("status").asInt()).isEqualTo(404);
        assertThat(results.get(4).has("reference")).isFalse();

        // the manager may hand on anyone's case
        Answer byManager = call(
                "manager",
                "POST",
                "/api/cases/bulk",
                """
                {"action": "UNASSIGN", "cases": [{"id": %d, "version": %d}]}"""
                        .formatted(first.getId(), results.get(0).get("version").asInt()));
        assertThat(byManager.body().get("changed").asInt()).isEqualTo(1);
        JsonNode released =
                call("agent", "GET", "/api/cases/" + first.getId(), null).body();
        assertThat(released.has("owner") && !released.get("owner").isNull()).isFalse();
    }

    @Test
    void aBulkRequestThatIsWrongAsAWholeIs400AndChangesNothing() throws Exception {
        var c = queueCases().walkIn("agent", "Lina " + QueueCases.marker(), "Radio", dev.kantor.cases.Priority.NORMAL);
        int version = versionOf(c);
        String twice =
                """
                {"action": "CHANGE_STATUS", "status": "PENDING_APPROVAL", "cases": [
                  {"id": %d, "version": %d}, {"id": %d, "version": %d}, {"id": %d}]}"""
                        .formatted(c.getId(), version, c.getId(), version, c.getId());

        Answer answer = call("agent", "POST", "/api/cases/bulk", twice);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("errors").findValuesAsString("field"))
                .contains("status", "cases[1].id", "cases[2].version");
        assertThat(call("agent", "POST", "/api/cases/bulk", """
                {"action": "TAKE", "cases": []}""")
                        .status())
                .isEqualTo(400);
        assertThat(call(
                                "agent",
                                "POST",
                                "/api/cases/bulk",
                                """
                {"action": "ASSIGN", "assigneeId": 987654321, "cases": [{"id": %d, "version": %d}]}"""
                                        .formatted(c.getId(), version))
                        .status())
                .isEqualTo(400);
        assertThat(call(
                                "hr",
                                "POST",
                                "/api/cases/bulk",
                                """
                {"action": "TAKE", "cases": [{"id": %d, "version": %d}]}"""
                                        .formatted(c.getId(), version))
                        .status())
                .isEqualTo(403);
        assertThat(versionOf(c)).isEqualTo(version);
    }
}
