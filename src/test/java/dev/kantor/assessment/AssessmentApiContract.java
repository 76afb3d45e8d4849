package dev.kantor.assessment;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

import dev.kantor.assessment.candidates.CandidateLinks;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The assessment API end to end over HTTP, with its storage: taking the self-assessment, results
 * private until shared (and again once revoked), role refusals, role profiles, matches, and
 * candidates' links that work once and expire. Runs on H2 and on PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AssessmentApiContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CandidateLinks candidates;

    Answer call(String user, String method, String path, String body) throws IOException, InterruptedException {
        return ApiCalls.call(port, user, method, path, body);
    }

    /** Every statement answered as someone drawn to the front office would: 5 towards it, 1 away. */
    static Map<Integer, Integer> front() {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int n = 1; n <= Assessments.statements(); n++) {
            boolean towards = Assessments.dimensionOf(n).highPointsTo() == Leaning.FRONT;
            answers.put(n, towards != Assessments.reversed(n) ? 5 : 1);
        }
        return answers;
    }

    static String body(Map<Integer, Integer> answers) {
        StringJoiner json = new StringJoiner(",", "{\"answers\":{", "}}");
        answers.forEach((n, a) -> json.add("\"" + n + "\":" + a));
        return json.toString();
    }

    long position(String code) {
        return jdbc.sql("select id from job_position where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    long employee(String email) {
        return jdbc.sql("select id from employee where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    @Test
    void anIncompleteQuestionnaireIsRefusedNamingEachStatementAndStoresNothing() throws Exception {
        Map<Integer, Integer> answers = front();
        answers.remove(7);
        answers.put(9, 6);
        long before = jdbc.sql("select count(*) from assessment_response")
                .query(Long.class)
                .single();

        Answer refused = call("agent", "POST", "/api/assessment/results", body(answers));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().toString()).contains("answers[7]", "answers[9]");
        assertThat(jdbc.sql("select count(*) from assessment_response")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        // answers that are no numbers, and an audience nobody knows, are refused the same way
        Answer unreadable = call("agent", "POST", "/api/assessment/results", "{\"answers\":{\"1\":\"five\"}}");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.contentType()).startsWith("application/problem+json");
        // and the API describes itself
        assertThat(call("admin", "GET", "/v3/api-docs", null)
                        .body()
                        .get("paths")
                        .toString())
                .contains("/api/assessment/results", "/api/assessment/matches", "/api/assessment/role-profiles");
        Answer nobody = call("agent", "PUT", "/api/assessment/sharing/EVERYONE", null);
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aResultIsPrivateUntilSharedAndAgainOnceRevoked() throws Exception {
        // the accountant takes it
        Answer taken = call("accountant", "POST", "/api/assessment/results", body(front()));
        assertThat(taken.status()).isEqualTo(201);
        assertThat(taken.body().get("overall").asString()).isEqualTo("FRONT");
        long id = taken.body().get("id").asLong();
        String result = "/api/assessment/results/" + id;
        call("accountant", "DELETE", "/api/assessment/sharing/HR", null);

        // only they see it: HR, an admin, and a manager who is not theirs see nothing
        assertThat(call("accountant", "GET", result, null).status()).isEqualTo(200);
        assertThat(call("hr", "GET", result, null).status()).isEqualTo(404);
        assertThat(call("admin", "GET", result, null).status()).isEqualTo(404);
        assertThat(call("manager", "GET", result, null).status()).isEqualTo(404);
        long accountant = employee("siti.rahmawati@sinarmaju.example");
        assertThat(call("hr", "GET", "/api/assessment/employees/" + accountant + "/results", null)
                        .status())
                .isEqualTo(404);

        // shared with HR: HR sees it, the others still not
        Answer shared = call("accountant", "PUT", "/api/assessment/sharing/HR", null);
        assertThat(shared.body().get("sharedWith").toString()).contains("HR");
        assertThat(call("hr", "GET", result, null).status()).isEqualTo(200);
        assertThat(call("admin", "GET", result, null).status()).isEqualTo(404);
        assertThat(call("manager", "GET", result, null).status()).isEqualTo(404);

        // and HR finds them among the matches for the front desk, with their fit
        Answer matches =
                call("hr", "GET", "/api/assessment/matches?size=200&positionId=" + position("front-desk-agent"), null);
        assertThat(matches.status()).isEqualTo(200);
        JsonNode theirs = null;
        int previousGap = -1;
        for (JsonNode m : matches.items()) {
            assertThat(m.get("skillGap").asInt()).isGreaterThanOrEqualTo(previousGap);
            previousGap = m.get("skillGap").asInt();
            if (m.get("person").get("id").asLong() == accountant
                    && m.get("person").get("kind").asString().equals("EMPLOYEE")) {
                theirs = m;
            }
        }
        assertThat(theirs).isNotNull();
        assertThat(theirs.get("fit").asInt()).isGreaterThan(50);

        // revoked: HR sees nothing again, and matches no longer use the result
        call("accountant", "DELETE", "/api/assessment/sharing/HR", null);
        assertThat(call("hr", "GET", result, null).status()).isEqualTo(404);
        Answer after =
                call("hr", "GET", "/api/assessment/matches?size=200&positionId=" + position("front-desk-agent"), null);
        for (JsonNode m : after.items()) {
            if (m.get("person").get("id").asLong() == accountant
                    && m.get("person").get("kind").asString().equals("EMPLOYEE")) {
                assertThat(m.get("fit")).isNull();
            }
        }
    }

    @Test
    void onlyHrDefinesProfilesInvitesCandidatesAndSeesMatchesCoverageAndQuality() throws Exception {
        long desk = position("front-desk-agent");
        for (String user : new String[] {"agent", "accountant", "manager", "admin"}) {
            assertThat(call(user, "GET", "/api/assessment/matches?size=200&positionId=" + desk, null)
                            .status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(call(user, "GET", "/api/assessment/coverage", null).status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(call(user, "GET", "/api/assessment/quality?size=200", null)
                            .status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(call(user, "PUT", "/api/assessment/role-profiles/positions/" + desk, "{\"office\":\"FRONT\"}")
                            .status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(call(user, "POST", "/api/assessment/candidates", "{\"fullName\":\"X\"}")
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        // someone else's moves are HR's to see
        long hr = employee("rina.wijaya@sinarmaju.example");
        assertThat(call("agent", "GET", "/api/assessment/moves?size=200&employeeId=" + hr, null)
                        .status())
                .isEqualTo(403);
        assertThat(call("agent", "GET", "/api/assessment/moves?size=200", null).status())
                .isEqualTo(200);
        assertThat(call("hr", "GET", "/api/assessment/coverage", null).status()).isEqualTo(200);
        Answer quality = call("hr", "GET", "/api/assessment/quality?size=200", null);
        assertThat(quality.status()).isEqualTo(200);
        assertThat(quality.items()).hasSize(Dimension.values().length);
        // the demo company's answers hang together on every dimension
        for (JsonNode q : quality.items()) {
            assertThat(q.get("alpha").asDouble())
                    .as(q.get("dimension").asString())
                    .isGreaterThan(0.5);
        }
    }

    @Test
    void rolesProfilesAreCheckedFieldByFieldAndGuardedByVersion() throws Exception {
        long position = position("chat-support-agent");
        String path = "/api/assessment/role-profiles/positions/" + position;
        Answer current = call("hr", "GET", path, null);
        assertThat(current.status()).isEqualTo(200);
        int version = current.body().get("version").asInt();

        Answer refused = call(
                "hr",
                "PUT",
                path,
                "{\"office\":\"SIDEWAYS\",\"skills\":{\"999999\":3},\"ranges\":{\"AUTONOMY\":{\"low\":80,\"high\":20}},"
                        + "\"version\":" + version + "}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        Answer bad = call(
                "hr",
                "PUT",
                path,
                "{\"office\":\"FRONT\",\"skills\":{\"999999\":3},\"ranges\":{\"AUTONOMY\":{\"low\":80,\"high\":20}},"
                        + "\"version\":" + version + "}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().toString()).contains("skills[999999]", "ranges[AUTONOMY]");

        String good = "{\"office\":\"FRONT\",\"skills\":{},\"ranges\":{\"PATIENCE\":{\"low\":60,\"high\":100}},"
                + "\"version\":" + version + "}";
        Answer saved = call("hr", "PUT", path, good);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("version").asInt()).isEqualTo(version + 1);
        // the same change again, from the version read before: someone changed it meanwhile
        assertThat(call("hr", "PUT", path, good).status()).isEqualTo(409);
    }

    @Test
    void aBackOfficePositionWithCustomerContactAsksForCustomerServiceWhateverItsProfileSays() throws Exception {
        long billing = position("billing-officer");
        long customerService = jdbc.sql("select id from skill where code = 'customer-service'")
                .query(Long.class)
                .single();
        Answer matches = call("hr", "GET", "/api/assessment/matches?size=200&positionId=" + billing, null);
        assertThat(call("hr", "GET", "/api/assessment/matches?size=0&positionId=" + billing, null)
                        .body()
                        .toString())
                .contains("size");
        assertThat(matches.status()).isEqualTo(200);
        // someone without customer service is short of it by the whole baseline
        boolean seen = false;
        for (JsonNode m : matches.items()) {
            JsonNode skills = m.get("person").get("skills");
            if (skills != null && !skills.has(String.valueOf(customerService))) {
                assertThat(m.get("skillGaps").toString()).contains("\"skillId\":" + customerService);
                seen = true;
            }
        }
        assertThat(seen).isTrue();
    }

    @Test
    void aCandidateLinkWorksOncePerCandidateAndExpires() {
        CandidateLinks.Invitation first = SystemUser.call(() -> candidates.invite("Budi Kandidat", "budi@example.com"));
        CandidateLinks.Invitation second = SystemUser.call(() -> candidates.invite("Ani Kandidat", null));
        assertThat(first.token()).isNotEqualTo(second.token());
        // only the hash is kept
        assertThat(jdbc.sql("select count(*) from assessment_candidate where token_hash = ?")
                        .param(first.token())
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(candidates.opened(first.token()).fullName()).isEqualTo("Budi Kandidat");
        var stored = candidates.answer(first.token(), front(), true, java.util.Locale.ENGLISH);
        assertThat(stored.candidateId()).isEqualTo(first.candidate().id());

        // once: the same link opens nothing more and stores nothing more
        assertThatThrownBy(() -> candidates.opened(first.token()))
                .isInstanceOfSatisfying(KantorException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("assessment.candidate.link.used"));
        assertThatThrownBy(() -> candidates.answer(first.token(), front(), true, java.util.Locale.ENGLISH))
                .isInstanceOf(KantorException.class);
        assertThat(jdbc.sql("select count(*) from assessment_response where candidate_id = ?")
                        .param(first.candidate().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        // the other candidate's link is theirs, still open
        assertThat(candidates.opened(second.token()).fullName()).isEqualTo("Ani Kandidat");

        // expired: refused, even though never used
        jdbc.sql("update assessment_candidate set expires_at = ? where id = ?")
                .params(
                        java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
                        second.candidate().id())
                .update();
        assertThatThrownBy(() -> candidates.answer(second.token(), front(), true, java.util.Locale.ENGLISH))
                .isInstanceOfSatisfying(KantorException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("assessment.candidate.link.expired"));
        assertThatThrownBy(() -> candidates.opened("not-a-token-" + "x".repeat(40)))
                .isInstanceOfSatisfying(KantorException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("assessment.candidate.link.unknown"));
    }

    @Test
    void hrInvitesACandidateThroughTheApiAndTheLinkOpensWithoutAnAccount() throws Exception {
        Answer invited = call("hr", "POST", "/api/assessment/candidates", "{\"fullName\":\"Citra Kandidat\"}");
        assertThat(invited.status()).isEqualTo(201);
        String link = invited.body().get("link").asString();
        String path = link.substring(link.indexOf("/assessment/candidate/"));
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Citra Kandidat", "questionnaire");
        assertThat(call("hr", "POST", "/api/assessment/candidates", "{\"fullName\":\"\",\"email\":\"nope\"}")
                        .body()
                        .toString())
                .contains("fullName", "email");
    }
}
