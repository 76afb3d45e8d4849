package dev.kantor.people;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people API end to end over HTTP: status codes, problem details and refusals. Runs on H2
 * and on PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PeopleApiContract {

    @LocalServerPort
    int port;

    Answer call(String user, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        return ApiCalls.call(port, user, method, path, body, headers);
    }

    long positionId(String code) throws Exception {
        for (JsonNode position :
                call("agent", "GET", "/api/positions?size=200", null).items()) {
            if (position.get("code").asString().equals(code)) {
                return position.get("id").asLong();
            }
        }
        throw new AssertionError("no position " + code);
    }

    String newEmployee(String email) throws Exception {
        return """
                {"fullName": "Putri Ayu Lestari", "email": "%s", "phone": "+62 812-0000-0001",
                 "positionId": %d, "hiredOn": "2026-01-05", "languages": ["id", "en"],
                 "skills": [{"code": "billing", "level": 3}]}"""
                .formatted(email, positionId("front-desk-agent"));
    }

    @Test
    void hrCreatesAnEmployeeAndGets201WithTheLocation() throws Exception {
        Answer created = call("hr", "POST", "/api/people", newEmployee("putri.created@example.com"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).matches("/api/people/\\d+");
        assertThat(created.body().get("office").asString()).isEqualTo("FRONT");
        assertThat(created.body().get("employeeNumber").asString()).startsWith("E");
        assertThat(created.body().get("skills").get(0).get("code").asString()).isEqualTo("billing");

        Answer read = call("agent", "GET", created.location(), null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("email").asString()).isEqualTo("putri.created@example.com");
    }

    @Test
    void badInputIs400ProblemListingEveryFieldInTheCallersLanguage() throws Exception {
        Answer answer = call(
                "hr",
                "POST",
                "/api/people",
                """
                {"fullName": "", "email": "not-an-email", "languages": ["xx"]}""",
                "Accept-Language",
                "id");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:kantor:problem:invalid-input");
        assertThat(answer.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("fullName", "email", "positionId", "languages");
        assertThat(answer.body().get("errors").findValuesAsString("message")).contains("Alamat e-mail tidak valid.");
    }

    @Test
    void unreadableJsonIs400Problem() throws Exception {
        Answer answer = call("hr", "POST", "/api/people", "{\"hiredOn\": \"yesterday\"");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aDuplicateEmailIs409() throws Exception {
        assertThat(call("hr", "POST", "/api/people", newEmployee("twice@example.com"))
                        .status())
                .isEqualTo(201);

        Answer again = call("hr", "POST", "/api/people", newEmployee("TWICE@example.com"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void aRefusalWithOtherProblemsAlsoNamesTheTakenAddressSoOneAnswerListsThemAll() throws Exception {
        assertThat(call("hr", "POST", "/api/people", newEmployee("taken.once@example.com"))
                        .status())
                .isEqualTo(201);

        Answer answer = call(
                "hr",
                "POST",
                "/api/people",
                newEmployee("taken.once@example.com").replace("Putri Ayu Lestari", ""),
                "Accept-Language",
                "id");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").findValuesAsString("field")).contains("fullName", "email");
        assertThat(answer.body().get("errors").findValuesAsString("message"))
                .contains("Karyawan lain sudah memakai alamat e-mail taken.once@example.com.");
    }

    @Test
    void aMissingEmployeeIs404Problem() throws Exception {
        Answer answer = call("agent", "GET", "/api/people/987654", null);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:kantor:problem:not-found");
    }

    @Test
    void aChangeBasedOnAStaleVersionIs409AndChangesNothing() throws Exception {
        Answer created = call("hr", "POST", "/api/people", newEmployee("stale@example.com"));
        int version = created.body().get("version").asInt();
        String path = created.location();
        String first = newEmployee("stale@example.com")
                .replace("Putri Ayu Lestari", "First Change")
                .replace("}]}", "}], \"version\": " + version + "}");
        String second = first.replace("First Change", "Second Change");

        assertThat(call("hr", "PUT", path, first).status()).isEqualTo(200);
        Answer conflict = call("hr", "PUT", path, second);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().get("type").asString()).isEqualTo("urn:kantor:problem:concurrent-change");
        assertThat(call("agent", "GET", path, null).body().get("fullName").asString())
                .isEqualTo("First Change");
    }

    @Test
    void onlyHrAndAdminsChangePeople() throws Exception {
        for (String user : new String[] {"agent", "manager", "accountant"}) {
            Answer refused = call(user, "POST", "/api/people", newEmployee(user + "-refused@example.com"));
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(call(user, "POST", "/api/people/1/deactivation", null).status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(call(user, "POST", "/api/departments", "{\"code\":\"X\"}")
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(call("admin", "POST", "/api/people", newEmployee("by-admin@example.com"))
                        .status())
                .isEqualTo(201);
        assertThat(call("agent", "GET", "/api/people?q=by-admin", null).status())
                .isEqualTo(200);
    }

    @Test
    void anonymousCallersAndWrongPasswordsGet401() throws Exception {
        assertThat(call(null, "GET", "/api/people", null).status()).isEqualTo(401);
        Answer wrong = call(
                null,
                "GET",
                "/api/people",
                null,
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("hr:wrong".getBytes(StandardCharsets.UTF_8)));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
    }

    @Test
    void filtersTheDirectoryByOfficeSkillAndLanguage() throws Exception {
        JsonNode front =
                call("agent", "GET", "/api/people?office=FRONT&size=200", null).body();
        JsonNode back =
                call("agent", "GET", "/api/people?office=BACK&size=200", null).body();
        JsonNode hybrid =
                call("agent", "GET", "/api/people?office=HYBRID&size=200", null).body();
        JsonNode all = call("agent", "GET", "/api/people?size=200", null).body();

        assertThat(front.get("total").asLong()
                        + back.get("total").asLong()
                        + hybrid.get("total").asLong())
                .isEqualTo(all.get("total").asLong());
        assertThat(front.get("items").findValuesAsString("office")).containsOnly("FRONT");
        JsonNode billing = call("agent", "GET", "/api/people?skill=billing&minLevel=4&language=en", null)
                .body();
        assertThat(billing.get("items").findValuesAsString("email")).contains("siti.rahmawati@sinarmaju.example");
        assertThat(call("agent", "GET", "/api/people?office=NOWHERE", null).status())
                .isEqualTo(400);
    }

    @Test
    void importsACsvFileAllOrNothing() throws Exception {
        String header = "employee_number,full_name,email,phone,position_code,manager_email,hired_on,languages,skills\n";
        String good = "E9001,Wayan Sudarma,wayan.api@example.com,,front-desk-agent,dewi.lestari@sinarmaju.example,"
                + "2026-02-01,id;en,customer-service:3\n";
        String bad = "E9002,Made Sari,not-an-email,,no-such-position,,01/02/2026,id,billing:9\n";

        Answer rejected = call("hr", "POST", "/api/people/import", header + good + bad, "Content-Type", "text/csv");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body().get("errors").findValues("line")).allMatch(line -> line.asInt() == 3);
        assertThat(rejected.body().get("errors").findValuesAsString("field"))
                .contains("email", "position_code", "hired_on", "skills");
        assertThat(call("agent", "GET", "/api/people?q=wayan.api", null)
                        .body()
                        .get("total")
                        .asLong())
                .isZero();

        Answer imported = call("hr", "POST", "/api/people/import", header + good, "Content-Type", "text/csv");
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body().get("imported").asInt()).isEqualTo(1);
        assertThat(call("agent", "GET", "/api/people?q=wayan.api", null)
                        .body()
                        .get("total")
                        .asLong())
                .isOne();
    }

    @Test
    void describesTheApiWithOpenApi() throws Exception {
        Answer docs = call("agent", "GET", "/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/people/{id}")).isTrue();
        assertThat(docs.body().get("paths").has("/api/departments")).isTrue();
    }

    @Test
    void hrDeclaresADepartmentsOfficeCharacterShownBesideItsMeasuredFrontOfficeShare() throws Exception {
        Answer made = call(
                "hr",
                "POST",
                "/api/departments",
                "{\"code\":\"FLR\",\"nameEn\":\"Floor\",\"nameId\":\"Lantai\",\"character\":\"FRONT\"}");
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body().get("character").asString()).isEqualTo("FRONT");
        long id = made.body().get("id").asLong();
        int version = made.body().get("version").asInt();

        Answer changed = call(
                "hr",
                "PUT",
                "/api/departments/" + id,
                "{\"code\":\"FLR\",\"nameEn\":\"Floor\",\"nameId\":\"Lantai\",\"character\":\"HYBRID\",\"version\":"
                        + version + "}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("character").asString()).isEqualTo("HYBRID");
        assertThat(call(
                                "hr",
                                "PUT",
                                "/api/departments/" + id,
                                "{\"code\":\"FLR\",\"nameEn\":\"Floor\",\"nameId\":\"Lantai\",\"character\":\"SIDEWAYS\",\"version\":"
                                        + changed.body().get("version").asInt() + "}")
                        .status())
                .isEqualTo(400);
        assertThat(call(
                                "agent",
                                "PUT",
                                "/api/departments/" + id,
                                "{\"code\":\"FLR\",\"nameEn\":\"Floor\",\"nameId\":\"Lantai\",\"character\":\"BACK\",\"version\":"
                                        + changed.body().get("version").asInt() + "}")
                        .status())
                .isEqualTo(403);

        // a department with people shows the share of them in front-office positions beside what HR declared
        Answer all = call("agent", "GET", "/api/departments?size=200", null);
        assertThat(all.status()).isEqualTo(200);
        boolean someShare = false;
        for (tools.jackson.databind.JsonNode d : all.items()) {
            if (d.get("frontOfficeShare") != null && !d.get("frontOfficeShare").isNull()) {
                assertThat(d.get("frontOfficeShare").asDouble()).isBetween(0.0, 1.0);
                someShare = true;
            }
        }
        assertThat(someShare).isTrue();
    }

    @Test
    void outOfRangeParametersAre400NamingThemAndAPagePastTheEndIsEmpty() throws Exception {
        for (String query : new String[] {"size=-1", "size=0", "size=201", "page=-1", "minLevel=9"}) {
            Answer refused = call("agent", "GET", "/api/people?" + query, null);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asString())
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }

        Answer pastTheEnd = call("agent", "GET", "/api/people?page=999&size=1", null);

        assertThat(pastTheEnd.status()).isEqualTo(200);
        assertThat(pastTheEnd.body().get("items")).isEmpty();
        assertThat(pastTheEnd.body().get("page").asInt()).isEqualTo(999);
        assertThat(pastTheEnd.body().get("total").asLong()).isPositive();
    }

    @Test
    void theSkillsCatalogueGivesTheIdsTopicsNameSkillsBy() throws Exception {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (JsonNode skill : call("agent", "GET", "/api/skills?size=200", null).items()) {
            assertThat(skill.get("id")).as(skill.toString()).isNotNull();
            ids.add(skill.get("id").asLong());
        }

        for (JsonNode topic : call("agent", "GET", "/api/topics?size=200", null).items()) {
            for (JsonNode skill : topic.get("skills")) {
                assertThat(ids).contains(skill.get("skillId").asLong());
            }
        }
    }

    @Test
    void anImportedLineWithTextThatCannotBeStoredIsRefusedNamingItsColumn() throws Exception {
        String csv = "employee_number,full_name,email,phone,position_code,manager_email,hired_on,languages,skills\n"
                + "E9101,Wayan\u0000Nul,wayan.nul@example.com,,front-desk-agent,,2026-02-01,id,\n";

        Answer refused = call("hr", "POST", "/api/people/import", csv, "Content-Type", "text/csv");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("full_name");
        assertThat(refused.body().get("errors").get(0).get("message").asString())
                .startsWith("Contains characters that cannot be stored");
        assertThat(call("agent", "GET", "/api/people?q=wayan.nul", null)
                        .body()
                        .get("total")
                        .asLong())
                .isZero();
    }
}
