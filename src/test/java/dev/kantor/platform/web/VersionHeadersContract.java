package dev.kantor.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;
import dev.kantor.support.PublishedApi;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Versions as HTTP says them, on a few resources of different modules (a case, an internal request, an
 * employee, a policy, a contract; a schedule in SchedulesApiContract): ETag on reads and changes, 304 for If-None-Match naming
 * the current version, If-Match standing in for the version field or parameter, 409 when it is stale and
 * 412 when it contradicts the version sent beside it. Every call is checked against the published
 * description. Runs on H2 and on PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class VersionHeadersContract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    /** What came back, with its headers. */
    record Raw(int status, String etag, JsonNode body) {}

    Answer call(String user, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        return ApiCalls.call(port, user, method, path, body, headers);
    }

    Raw raw(String user, String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpRequest sent = request.build();
        HttpResponse<String> answer =
                PublishedApi.checked(port, sent, body, HTTP.send(sent, HttpResponse.BodyHandlers.ofString()));
        return new Raw(
                answer.statusCode(),
                answer.headers().firstValue("ETag").orElse(null),
                answer.body().isBlank()
                        ? null
                        : tools.jackson.databind.json.JsonMapper.builder()
                                .build()
                                .readTree(answer.body()));
    }

    private static String tag(long version) {
        return "W/\"" + version + "\"";
    }

    /** A read says its version as ETag, and If-None-Match naming it is 304 without a body. */
    private void readsSayTheirVersion(String user, String path, long version) throws Exception {
        Raw read = raw(user, "GET", path, null);
        assertThat(read.status()).as(path).isEqualTo(200);
        assertThat(read.etag()).as(path).isEqualTo(tag(version));

        Raw unchanged = raw(user, "GET", path, null, "If-None-Match", tag(version));
        assertThat(unchanged.status()).as(path).isEqualTo(304);
        assertThat(unchanged.body()).isNull();

        Raw older = raw(user, "GET", path, null, "If-None-Match", tag(version + 1));
        assertThat(older.status()).as(path).isEqualTo(200);
    }

    @Test
    void aCaseIsChangedWithIfMatchInsteadOfItsVersionAndAStaleOneIs409() throws Exception {
        Answer opened = call(
                "agent",
                "POST",
                "/api/cases",
                """
                {"channel": "WALK_IN", "type": "COMPLAINT", "topic": "returns", "subject": "Door dented",
                 "message": "The fridge door was dented on delivery.",
                 "customer": {"name": "Wulan Sari", "email": "wulan.%s@example.com", "language": "en"}}"""
                        .formatted(UUID.randomUUID()));
        assertThat(opened.status()).isEqualTo(201);
        String path = "/api/cases/" + opened.body().get("id").asLong();
        int version = opened.body().get("version").asInt();
        readsSayTheirVersion("agent", path, version);
        // two priorities other than the case's own: a change to the one it has is refused by its rules
        java.util.List<String> others = new java.util.ArrayList<>(java.util.List.of("LOW", "URGENT", "NORMAL", "HIGH"));
        others.remove(opened.body().get("priority").asString());
        String first = others.get(0);
        String second = others.get(1);

        Raw changed =
                raw("agent", "PUT", path + "/priority", "{\"priority\": \"" + first + "\"}", "If-Match", tag(version));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("priority").asString()).isEqualTo(first);
        int now = changed.body().get("version").asInt();
        assertThat(now).isGreaterThan(version);
        assertThat(changed.etag()).isEqualTo(tag(now));

        Raw stale =
                raw("agent", "PUT", path + "/priority", "{\"priority\": \"" + second + "\"}", "If-Match", tag(version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("type").asString()).isEqualTo("urn:kantor:problem:concurrent-change");

        Raw contradicting = raw(
                "agent",
                "PUT",
                path + "/priority",
                "{\"priority\": \"" + second + "\", \"version\": " + now + "}",
                "If-Match",
                tag(version));
        assertThat(contradicting.status()).isEqualTo(412);
        assertThat(contradicting.body().get("type").asString()).isEqualTo("urn:kantor:problem:version-mismatch");
        assertThat(contradicting.body().get("errors").get(0).get("field").asString())
                .isEqualTo("version");

        Raw notATag =
                raw("agent", "PUT", path + "/priority", "{\"priority\": \"" + second + "\"}", "If-Match", "yesterday");
        assertThat(notATag.status()).isEqualTo(400);
        assertThat(notATag.body().get("errors").get(0).get("field").asString()).isEqualTo("If-Match");

        assertThat(call("agent", "GET", path, null).body().get("priority").asString())
                .as("nothing refused was changed")
                .isEqualTo(first);
        Raw same = raw(
                "agent",
                "PUT",
                path + "/priority",
                "{\"priority\": \"" + second + "\", \"version\": " + now + "}",
                "If-Match",
                tag(now));
        assertThat(same.status()).as("both naming one version").isEqualTo(200);
    }

    @Test
    void aDeleteTakesIfMatchInsteadOfItsVersionParameter() throws Exception {
        long typeId = call("manager", "GET", "/api/scheduling/shift-types?size=1", null)
                .items()
                .get(0)
                .get("id")
                .asLong();
        Answer created = call(
                "hr",
                "POST",
                "/api/scheduling/contracts",
                """
                {"name": "If-Match %s", "allowedShiftTypeIds": [%d], "maxShiftsPerDay": 1, "maxShiftsPerWeek": 5,
                 "maxPaidMinutesPerWeek": 2400, "minRestBetweenShiftsMinutes": 660}"""
                        .formatted(UUID.randomUUID(), typeId));
        assertThat(created.status()).isEqualTo(201);
        String path = created.location();
        int version = created.body().get("version").asInt();

        assertThat(raw("hr", "DELETE", path + "?version=" + version, null, "If-Match", tag(version + 1))
                        .status())
                .as("the parameter and If-Match disagree")
                .isEqualTo(412);
        assertThat(raw("hr", "DELETE", path, null, "If-Match", tag(version + 1)).status())
                .as("a stale If-Match")
                .isEqualTo(409);
        assertThat(raw("hr", "DELETE", path, null, "If-Match", tag(version)).status())
                .isEqualTo(204);
        assertThat(call("hr", "GET", path, null).status()).isEqualTo(404);
    }

    @Test
    void anInternalRequestAnEmployeeAndAPolicySayTheirVersions() throws Exception {
        long accounting = 0;
        for (JsonNode department :
                call("agent", "GET", "/api/departments?size=200", null).items()) {
            if (department.get("code").asString().equals("ACCOUNTING")) {
                accounting = department.get("id").asLong();
            }
        }
        JsonNode request = call("accountant", "GET", "/api/service/queue?size=1&departmentId=" + accounting, null)
                .items()
                .get(0);
        if (request == null) {
            request = call(
                            "accountant",
                            "GET",
                            "/api/service/queue?size=1&status=RESOLVED&departmentId=" + accounting,
                            null)
                    .items()
                    .get(0);
        }
        readsSayTheirVersion(
                "accountant",
                "/api/service/requests/" + request.get("id").asLong(),
                request.get("version").asLong());

        // a schedule: SchedulesApiContract, on the one it has the solver make

        JsonNode employee =
                call("agent", "GET", "/api/people?size=1", null).items().get(0);
        readsSayTheirVersion(
                "agent",
                "/api/people/" + employee.get("id").asLong(),
                employee.get("version").asLong());

        JsonNode policyVersion = call("hr", "GET", "/api/policies?size=1", null)
                .items()
                .get(0)
                .get("versions")
                .get(0);
        readsSayTheirVersion(
                "hr",
                "/api/policies/versions/" + policyVersion.get("id").asLong(),
                policyVersion.get("version").asLong());
    }

    @Test
    void aPageOfAListHasNoVersionButLinksToItsNeighbours() throws Exception {
        Raw page = raw("agent", "GET", "/api/people?size=2&page=1&status=ACTIVE", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.etag()).isNull();
        assertThat(page.body().get("items")).hasSize(2);
        assertThat(page.body().get("page").asInt()).isEqualTo(1);
        assertThat(page.body().get("size").asInt()).isEqualTo(2);
        JsonNode links = page.body().get("links");
        assertThat(links.get("self").asString()).isEqualTo("/api/people?status=ACTIVE&page=1&size=2");
        assertThat(links.get("prev").asString()).isEqualTo("/api/people?status=ACTIVE&page=0&size=2");
        assertThat(links.get("next").asString()).isEqualTo("/api/people?status=ACTIVE&page=2&size=2");
        long last = (page.body().get("total").asLong() + 1) / 2 - 1;
        assertThat(links.get("last").asString()).isEqualTo("/api/people?status=ACTIVE&page=" + last + "&size=2");

        Answer next = call("agent", "GET", links.get("next").asString(), null);
        assertThat(next.items().get(0).get("id").asLong())
                .isNotIn(
                        page.body().get("items").get(0).get("id").asLong(),
                        page.body().get("items").get(1).get("id").asLong());

        Answer newestHires = call("agent", "GET", "/api/people?sort=-hiredOn&size=200", null);
        assertThat(newestHires.items().findValuesAsString("hiredOn"))
                .as("the directory sorted in the database, newest hires first")
                .isSortedAccordingTo(java.util.Comparator.<String>naturalOrder().reversed());

        Answer unknownSort = call("agent", "GET", "/api/departments?sort=-salary", null);
        assertThat(unknownSort.status()).isEqualTo(400);
        assertThat(unknownSort.body().get("errors").get(0).get("field").asString())
                .isEqualTo("sort");
        Answer sorted = call("agent", "GET", "/api/departments?sort=-code&size=200", null);
        assertThat(sorted.items().findValuesAsString("code"))
                .isSortedAccordingTo(java.util.Comparator.<String>naturalOrder().reversed());
    }
}
