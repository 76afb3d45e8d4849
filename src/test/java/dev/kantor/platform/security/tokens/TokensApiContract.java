package dev.kantor.platform.security.tokens;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API tokens end to end over HTTP: a token acts with its holder's role narrowed to its scopes, is
 * refused from the request after it is revoked or expires (its row is read on every request, so on
 * every node alike), is throttled on its own allowance, and no token makes another. Runs on H2 and
 * on PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class TokensApiContract {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TokenSignIns signIns;

    Answer withToken(String token, String method, String path, String body) throws IOException, InterruptedException {
        return ApiCalls.call(port, null, method, path, body, "Authorization", "Bearer " + token);
    }

    String token(String user, String scopes) throws Exception {
        Answer made = ApiCalls.call(
                port,
                user,
                "POST",
                "/api/account/tokens",
                "{\"name\":\"test " + NAMES.incrementAndGet() + "\",\"days\":30,\"scopes\":[" + scopes + "]}");
        assertThat(made.status()).as("made: %s", made.body()).isEqualTo(201);
        String secret = made.body().get("secret").asString();
        assertThat(secret).startsWith("kantor_pat_").hasSize("kantor_pat_".length() + 43);
        return secret;
    }

    @Test
    void aReadTokenReadsWhatItsRoleMayButChangesNothing() throws Exception {
        String token = token("agent", "\"read\"");

        assertThat(withToken(token, "GET", "/api/cases", null).status()).isEqualTo(200);
        Answer change = withToken(token, "POST", "/api/cases", "{}");
        assertThat(change.status()).isEqualTo(403);
        assertThat(change.body().get("type").asString()).isEqualTo("urn:kantor:problem:insufficient-scope");
        // the role still counts: an agent's token reads no accounts, whatever its scopes
        assertThat(withToken(token, "GET", "/api/accounts?size=200", null).status())
                .isEqualTo(403);
    }

    @Test
    void noTokenMakesOrRevokesATokenWhateverItsScopes() throws Exception {
        String token = token("manager", "\"read\",\"cases\",\"service\",\"schedules\",\"people\"");

        assertThat(withToken(token, "POST", "/api/account/tokens", "{\"name\":\"x\",\"days\":1,\"scopes\":[\"read\"]}")
                        .status())
                .isEqualTo(403);
        assertThat(withToken(token, "GET", "/api/account/tokens", null).status())
                .isEqualTo(403);
    }

    @Test
    void aRevokedTokenIsRefusedFromTheNextRequestOn() throws Exception {
        String token = token("agent", "\"read\"");
        assertThat(withToken(token, "GET", "/api/cases", null).status()).isEqualTo(200);
        long id = idOf(token);

        assertThat(ApiCalls.call(port, "agent", "DELETE", "/api/account/tokens/" + id, null)
                        .status())
                .isEqualTo(204);

        Answer refused = withToken(token, "GET", "/api/cases", null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:kantor:problem:invalid-token");
    }

    @Test
    void anExpiredTokenIsRefusedFromTheMomentItExpires() throws Exception {
        String token = token("agent", "\"read\"");
        assertThat(withToken(token, "GET", "/api/cases", null).status()).isEqualTo(200);

        jdbc.sql("update api_token set expires_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), idOf(token))
                .update();

        assertThat(withToken(token, "GET", "/api/cases", null).status()).isEqualTo(401);
    }

    @Test
    void aTokenOfAnotherPersonCannotBeRevokedAndAForgedOneIsRefused() throws Exception {
        String token = token("agent", "\"read\"");
        assertThat(ApiCalls.call(port, "manager", "DELETE", "/api/account/tokens/" + idOf(token), null)
                        .status())
                .isEqualTo(404);
        // one character changed (to another one: the token's own last character may be an A)
        char last = token.charAt(token.length() - 1);
        String forged = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(withToken(forged, "GET", "/api/cases", null).status()).isEqualTo(401);
        assertThat(withToken("not-a-token", "GET", "/api/cases", null).status()).isEqualTo(401);
    }

    @Test
    void aTokenRequestWithoutScopesOrDaysIsRefusedNamingTheFields() throws Exception {
        Answer refused = ApiCalls.call(port, "agent", "POST", "/api/account/tokens", "{\"name\":\"x\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").toString()).contains("\"days\"", "\"scopes\"");
    }

    @Test
    void aTokenPastItsAllowanceWaitsWithRetryAfter() throws Exception {
        String token = token("agent", "\"read\"");
        long id = idOf(token);
        try {
            while (signIns.take(id).isEmpty()) {
                // spend the token's allowance for this minute
            }
            Answer throttled = withToken(token, "GET", "/api/ping", null);
            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.body().get("type").asString()).isEqualTo("urn:kantor:problem:too-many-requests");
        } finally {
            jdbc.sql("delete from api_token_allowance where allowance_key = ?")
                    .param("token:" + id)
                    .update();
        }
        assertThat(withToken(token, "GET", "/api/cases", null).status()).isEqualTo(200);
    }

    @Test
    void aServiceAccountActsWithItsRoleAndItsTokensAreAudited() throws Exception {
        String name = "phone-" + NAMES.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        Answer account = ApiCalls.call(
                port,
                "admin",
                "POST",
                "/api/service-accounts",
                "{\"name\":\"" + name + "\",\"description\":\"calls\",\"role\":\"AGENT\"}");
        assertThat(account.status()).as("%s", account.body()).isEqualTo(201);
        long accountId = account.body().get("id").asLong();
        Answer made = ApiCalls.call(
                port,
                "admin",
                "POST",
                "/api/service-accounts/" + accountId + "/tokens",
                "{\"name\":\"calls\",\"days\":90,\"scopes\":[\"read\"]}");
        assertThat(made.status()).isEqualTo(201);
        String token = made.body().get("secret").asString();
        assertThat(token).startsWith("kantor_sat_");

        assertThat(withToken(token, "GET", "/api/cases", null).status()).isEqualTo(200);
        assertThat(withToken(token, "GET", "/api/accounts?size=200", null).status())
                .isEqualTo(403);
        // an agent may not make service accounts, whatever it sends
        assertThat(ApiCalls.call(port, "agent", "GET", "/api/service-accounts", null)
                        .status())
                .isEqualTo(403);

        assertThat(jdbc.sql("select count(*) from audit_event where entity_type in ('service-account', 'api-token') "
                                + "and actor = 'admin' and entity_id in (?, ?)")
                        .params(accountId, idOf(token))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select last_used_at from api_token where id = ?")
                        .param(idOf(token))
                        .query(Timestamp.class)
                        .optional())
                .isPresent();

        // a disabled service account's tokens are refused from the next request on
        assertThat(ApiCalls.call(port, "admin", "POST", "/api/service-accounts/" + accountId + "/deactivation", null)
                        .status())
                .isEqualTo(200);
        assertThat(withToken(token, "GET", "/api/cases", null).status()).isEqualTo(401);
    }

    @Test
    void theDescriptionTellsATokenWhatItsRefusalsLookLike() throws Exception {
        Answer answer = ApiCalls.call(port, "agent", "GET", "/v3/api-docs", null);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode api = answer.body();

        JsonNode bearer = api.at("/components/securitySchemes/bearer");
        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
        // a refused token's 401 and a throttled token's 429: problem details, saying which problem
        JsonNode unauthorized = api.at("/components/responses/Unauthorized");
        assertThat(unauthorized
                        .at("/content/application~1problem+json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(unauthorized.path("description").asString()).contains("invalid-token", "revoked", "expired");
        JsonNode tooMany = api.at("/components/responses/TooManyRequests");
        assertThat(tooMany.at("/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(tooMany.path("description").asString()).contains("too-many-requests");
        assertThat(tooMany.at("/headers/Retry-After").isMissingNode()).isFalse();
        assertThat(api.at("/components/responses/Forbidden/description").asString())
                .contains("insufficient-scope");
        // what a token reaches answers those; the token's own addresses take a password only
        assertThat(api.at("/paths/~1api~1cases/get/responses/401/$ref").asString())
                .isEqualTo("#/components/responses/Unauthorized");
        assertThat(api.at("/paths/~1api~1cases/get/responses/429/$ref").asString())
                .isEqualTo("#/components/responses/TooManyRequests");
        assertThat(api.at("/paths/~1api~1account~1tokens/post/security").toString())
                .isEqualTo("[{\"basic\":[]}]");
    }

    long idOf(String token) {
        return jdbc.sql("select id from api_token where secret_hash = ?")
                .param(TokenSecrets.hash(token))
                .query(Long.class)
                .single();
    }
}
