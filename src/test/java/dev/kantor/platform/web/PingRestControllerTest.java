package dev.kantor.platform.web;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The liveness check tells an API client that Kantor answers and accepts its credentials. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PingRestControllerTest {

    @LocalServerPort
    int port;

    @Test
    void answersOkToAnySignedInCallerAndRefusesEveryoneElse() throws Exception {
        for (String user : new String[] {"agent", "accountant", "admin"}) {
            Answer ok = ApiCalls.call(port, user, "GET", "/api/ping", null);
            assertThat(ok.status()).as(user).isEqualTo(200);
            assertThat(ok.body().get("status").asString()).isEqualTo("ok");
        }
        Answer anonymous = ApiCalls.call(port, null, "GET", "/api/ping", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        Answer wrongPassword = ApiCalls.call(
                port, null, "GET", "/api/ping", null, "Authorization", "Basic YWdlbnQ6d3Jvbmc="); // agent:wrong
        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    @Test
    void callsThatReachNoEndpointAreProblemsInTheCallersLanguageToo() throws Exception {
        Answer unknown = ApiCalls.call(port, "agent", "GET", "/api/no-such-thing", null, "Accept-Language", "id");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().get("title").asString()).isEqualTo("API tidak memiliki alamat ini.");

        Answer wrongMethod = ApiCalls.call(port, "agent", "DELETE", "/api/ping", null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
        assertThat(wrongMethod.body().get("type").asString()).isEqualTo("urn:kantor:problem:method-not-allowed");
        assertThat(wrongMethod.body().get("title").asString()).isEqualTo("This address does not take DELETE requests.");

        Answer wrongBody =
                ApiCalls.call(port, "agent", "POST", "/api/cases", "<case/>", "Content-Type", "application/xml");
        assertThat(wrongBody.status()).isEqualTo(415);
        assertThat(wrongBody.contentType()).startsWith("application/problem+json");
    }

    @Test
    void isDescribedInTheApiDocumentation() throws Exception {
        Answer docs = ApiCalls.call(port, "agent", "GET", "/v3/api-docs", null);
        assertThat(docs.body()
                        .get("paths")
                        .get("/api/ping")
                        .get("get")
                        .get("summary")
                        .asString())
                .isEqualTo("Liveness check for API clients");
    }
}
