package dev.kantor.staffing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staffing API end to end over HTTP: answers, problem details and refusals. Runs on H2 and
 * on PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StaffingApiContract {

    static final String WORKED_EXAMPLE = """
            {"contacts": 100, "intervalSeconds": 1800, "ahtSeconds": 180, "serviceLevelPercent": 80,
             "targetSeconds": 20, "maxOccupancyPercent": 85, "shrinkagePercent": 30}""";

    @LocalServerPort
    int port;

    Answer call(String user, String method, String path, String body, String... headers) throws IOException,
            InterruptedException {
        return ApiCalls.call(port, user, method, path, body, headers);
    }

    @Test
    void anyoneSignedInCalculatesTheWorkedExample() throws Exception {
        Answer answer = call("accountant", "POST", "/api/staffing/calculations", WORKED_EXAMPLE);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("trafficErlangs").asDouble()).isEqualTo(10.0);
        assertThat(answer.body().get("model").asString()).isEqualTo("ERLANG_C");
        assertThat(answer.body().get("agents").asInt()).isEqualTo(14);
        assertThat(answer.body().get("scheduled").asInt()).isEqualTo(20);
        var level = answer.body().get("answer");
        assertThat(level.get("serviceLevelPercent").asDouble()).isBetween(88.75, 88.85);
        assertThat(level.get("asaSeconds").asDouble()).isBetween(7.8, 7.9);
        assertThat(level.get("occupancyPercent").asDouble()).isBetween(71.4, 71.5);
        assertThat(level.get("probabilityOfWaitingPercent").asDouble()).isBetween(17.4, 17.45);
        assertThat(level.has("abandonmentPercent")).isFalse();
        assertThat(answer.body().get("candidates").findValuesAsString("agents"))
                .containsExactly("11", "12", "13", "14", "15", "16", "17");
        assertThat(answer.body().get("candidates").size()).isEqualTo(7);
        assertThat(answer.body().get("candidates").get(2).get("meetsTarget").asBoolean()).as("13 agents").isFalse();
        assertThat(answer.body().get("candidates").get(3).get("meetsTarget").asBoolean()).as("14 agents").isTrue();
    }

    @Test
    void patienceBringsErlangAAndAbandonment() throws Exception {
        Answer answer = call("agent", "POST", "/api/staffing/calculations",
                WORKED_EXAMPLE.replace("}", ", \"patienceSeconds\": 120, \"candidates\": 1}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("model").asString()).isEqualTo("ERLANG_A");
        assertThat(answer.body().get("agentsByErlangC").asInt()).isEqualTo(14);
        assertThat(answer.body().get("answer").get("abandonmentPercent").asDouble()).isPositive();
        assertThat(answer.body().get("candidates").size()).isEqualTo(3);
    }

    @Test
    void badInputIs400ProblemNamingEveryFieldInTheCallersLanguage() throws Exception {
        Answer answer = call("agent", "POST", "/api/staffing/calculations", """
                {"contacts": -1, "ahtSeconds": 0, "serviceLevelPercent": 100, "targetSeconds": 0,
                 "shrinkagePercent": 100}""", "Accept-Language", "id");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:kantor:problem:invalid-input");
        assertThat(answer.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("contacts", "ahtSeconds", "serviceLevelPercent", "shrinkagePercent");
        assertThat(answer.body().get("errors").findValuesAsString("message"))
                .contains("Jumlah kontak tidak boleh negatif.");
    }

    @Test
    void unreadableJsonIs400Problem() throws Exception {
        Answer answer = call("agent", "POST", "/api/staffing/calculations", "{\"contacts\": \"many\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void callersMustSignIn() throws Exception {
        assertThat(call(null, "POST", "/api/staffing/calculations", WORKED_EXAMPLE).status()).isEqualTo(401);
    }

    @Test
    void theApiDescriptionStatesTheConventions() throws Exception {
        Answer docs = call("agent", "GET", "/v3/api-docs", null);
        String text = docs.body().toString();
        assertThat(text).contains("/api/staffing/calculations", "ceil(n / (1 − shrinkage))",
                "contacts that give up count as not answered in time");
    }
}
