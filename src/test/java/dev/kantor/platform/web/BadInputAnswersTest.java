package dev.kantor.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input is refused by the guards every endpoint shares, before any module sees it: a 400
 * problem in the caller's language that names the field. And every refusal of an API address is
 * problem details, also those Tomcat or Spring Security make before Kantor sees the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputAnswersTest {

    @LocalServerPort
    int port;

    private Answer call(String method, String path, String body, String... headers) throws Exception {
        return ApiCalls.call(port, "admin", method, path, body, headers);
    }

    private static JsonNode onlyError(Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:kantor:problem:invalid-input");
        assertThat(answer.body().get("errors")).hasSize(1);
        return answer.body().get("errors").get(0);
    }

    @Test
    void textWithANulCharacterInAJsonBodyIsRefusedNamingTheField() throws Exception {
        JsonNode error = onlyError(call(
                "POST",
                "/api/departments",
                """
                {"code": "NUL", "nameEn": "Nul\\u0000Department", "nameId": "Departemen"}""",
                "Accept-Language",
                "id"));

        assertThat(error.get("field").asString()).isEqualTo("nameEn");
        assertThat(error.get("message").asString()).startsWith("Berisi karakter yang tidak dapat disimpan");
    }

    @Test
    void textWithAControlCharacterDeepInABodyIsRefusedWithItsPath() throws Exception {
        JsonNode error = onlyError(
                call(
                        "POST",
                        "/api/handoffs",
                        """
                {"customer": {"name": "Esc\\u001bape", "email": "esc@example.com"}, "topic": "returns"}"""));

        assertThat(error.get("field").asString()).isEqualTo("customer.name");
        assertThat(error.get("message").asString()).startsWith("Contains characters that cannot be stored");
    }

    @Test
    void tabsAndLineBreaksAreText() throws Exception {
        Answer answer = call(
                "POST",
                "/api/departments",
                """
                {"code": "TABS", "nameEn": "Tabs\\tand\\r\\nlines", "nameId": "Tab dan baris"}""");

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void textWithANulCharacterInAParameterIsRefusedNamingTheParameter() throws Exception {
        JsonNode error = onlyError(call("GET", "/api/people?q=a%00b", null));

        assertThat(error.get("field").asString()).isEqualTo("q");
        assertThat(error.get("message").asString()).startsWith("Contains characters that cannot be stored");
    }

    @Test
    void aDateBeyondTheYear9999InABodyIsRefusedNamingTheField() throws Exception {
        JsonNode error = onlyError(call(
                "PUT",
                "/api/presence/me",
                """
                {"status": "AWAY", "expectedBack": "+999999999-12-31T23:59:59Z"}""",
                "Accept-Language",
                "id"));

        assertThat(error.get("field").asString()).isEqualTo("expectedBack");
        assertThat(error.get("message").asString()).isEqualTo("Tanggal dari tahun 1900 sampai 9999.");
    }

    @Test
    void aDateJacksonCannotEvenReadIsRefusedNamingTheField() throws Exception {
        JsonNode error = onlyError(call(
                "PUT",
                "/api/presence/me",
                """
                {"status": "AWAY", "expectedBack": "2026-02-30T10:00:00Z"}"""));

        assertThat(error.get("field").asString()).isEqualTo("expectedBack");
        assertThat(error.get("message").asString()).startsWith("Not a valid date or time");
    }

    @Test
    void aDateBeyondTheYear9999InAParameterIsRefusedNamingTheParameter() throws Exception {
        long queue = call("GET", "/api/staffing/queues?size=200", null)
                .items()
                .get(0)
                .get("id")
                .asLong();

        JsonNode error =
                onlyError(call("GET", "/api/staffing/queues/" + queue + "/forecast?week=%2B999999999-12-31", null));

        assertThat(error.get("field").asString()).isEqualTo("week");
        assertThat(error.get("message").asString()).isEqualTo("A date from the year 1900 to 9999.");
    }

    @Test
    void aDateThatIsNoDateInAParameterIsRefusedNamingTheParameter() throws Exception {
        long queue = call("GET", "/api/staffing/queues?size=200", null)
                .items()
                .get(0)
                .get("id")
                .asLong();

        JsonNode error =
                onlyError(call("GET", "/api/staffing/queues/" + queue + "/forecast?week=999999999-12-31", null));

        assertThat(error.get("field").asString()).isEqualTo("week");
        assertThat(error.get("message").asString()).startsWith("Not a valid date or time");
    }

    @Test
    void aNullEntryInAListIsRefusedNamingTheEntry() throws Exception {
        JsonNode error = onlyError(call(
                "POST",
                "/api/topics",
                """
                {"code": "nulls", "nameEn": "Nulls", "nameIdn": "Nulls", "skills": [null]}"""));

        assertThat(error.get("field").asString()).isEqualTo("skills[0]");
        assertThat(error.get("message").asString()).isEqualTo("A list cannot hold empty entries.");
    }

    @Test
    void aNullInsideAListEntryIsRefusedNamingThePartOfTheEntry() throws Exception {
        long position = call("GET", "/api/positions?size=200", null)
                .items()
                .get(0)
                .get("id")
                .asLong();
        JsonNode person = onlyError(call(
                "POST",
                "/api/people",
                """
                {"fullName": "Nul Skill", "email": "nul.skill@example.com", "positionId": %d,
                 "skills": [{"code": null, "level": 3}]}"""
                        .formatted(position)));
        assertThat(person.get("field").asString()).isEqualTo("skills[0].code");
        assertThat(person.get("message").asString()).isEqualTo("Required.");

        JsonNode topic = onlyError(
                call(
                        "POST",
                        "/api/topics",
                        """
                {"code": "nul-skill", "nameEn": "Nul", "nameIdn": "Nul", "skills": [{"skillId": null, "minLevel": 1}]}"""));
        assertThat(topic.get("field").asString()).isEqualTo("skills[0].skillId");
        assertThat(topic.get("message").asString()).isEqualTo("Required.");
    }

    @Test
    void aMissingParameterIsAProblemNamingItInTheCallersLanguage() throws Exception {
        JsonNode error = onlyError(call("GET", "/api/helpers", null, "Accept-Language", "id"));

        assertThat(error.get("field").asString()).isEqualTo("topic");
        assertThat(error.get("message").asString()).isEqualTo("Wajib diisi.");
    }

    @Test
    void aNulCharacterInTheAddressIsAProblemEvenThoughTomcatRefusesIt() throws Exception {
        HttpResponse<String> answer = raw("/api/people/%00", "id");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:kantor:problem:bad-request");
        assertThat(problem.get("title").asString()).isEqualTo("Permintaan tidak dapat dibaca.");
    }

    @Test
    void anAddressTooLongToReadIsAProblem() throws Exception {
        HttpResponse<String> answer = raw("/api/people?q=" + "x".repeat(10_000), "en");

        assertThat(answer.statusCode()).isBetween(400, 499);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void anAddressTheFirewallRefusesIsAProblem() throws Exception {
        HttpResponse<String> answer = raw("/api/people/%2500", "en");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void aCallerThatAcceptsOnlyPagesStillGetsProblemDetailsFromTheApi() throws Exception {
        Answer notFound = call("GET", "/api/people/987654", null, "Accept", "text/html", "Accept-Language", "id");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.contentType()).startsWith("application/problem+json");

        Answer bad = call("GET", "/api/people?size=-1", null, "Accept", "text/html");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theApiDocumentationRefusesStrangersWithAProblem() throws Exception {
        Answer answer = ApiCalls.call(port, null, "GET", "/v3/api-docs", null, "Accept-Language", "id");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:kantor:problem:unauthorized");
    }

    private HttpResponse<String> raw(String path, String language) throws Exception {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Basic YWRtaW46ZGVtbw==") // admin:demo
                                .header("Accept", "application/json")
                                .header("Accept-Language", language)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
