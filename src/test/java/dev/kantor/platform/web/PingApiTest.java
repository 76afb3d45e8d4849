package dev.kantor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The liveness check tells an API client that Kantor answers and accepts its credentials. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PingApiTest {

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
        Answer wrongPassword = ApiCalls.call(port, null, "GET", "/api/ping", null, "Authorization",
                "Basic YWdlbnQ6d3Jvbmc="); // agent:wrong
        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    @Test
    void isDescribedInTheApiDocumentation() throws Exception {
        Answer docs = ApiCalls.call(port, "agent", "GET", "/v3/api-docs", null);
        assertThat(docs.body().get("paths").get("/api/ping").get("get").get("summary").asString())
                .isEqualTo("Liveness check for API clients");
    }
}
