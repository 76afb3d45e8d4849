package dev.kantor.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;
import dev.kantor.support.PublishedApi;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The internal service end to end over HTTP, as the demo company uses it: a refund carried out on an agent's case
 * files Accounting's payout by itself (once), the accountant resolves it (409 on a stale version), the case, its
 * portal and its owner are told, the agent rates it; the form is checked, and everyone else is refused what is
 * not theirs. Runs on H2 and PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceApiContract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Answer call(String user, String method, String path, String body, String... headers) throws Exception {
        return ApiCalls.call(port, user, method, path, body, headers);
    }

    long department(String code) {
        return jdbc.sql("select id from department where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    long service(String code) {
        return jdbc.sql("select id from service_offering where code = ?")
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

    JsonNode openedCase() throws Exception {
        Answer created = call(
                "agent",
                "POST",
                "/api/cases",
                """
                {"channel": "WALK_IN", "type": "COMPLAINT", "topic": "returns", "subject": "Blender broke",
                 "message": "The blender stopped on the second day.",
                 "customer": {"name": "Wulan Sari", "email": "wulan.%s@example.com", "language": "en"}}"""
                        .formatted(UUID.randomUUID()));
        assertThat(created.status()).isEqualTo(201);
        return created.body();
    }

    /** Waits for what an event's listener writes after the commit. */
    long awaitRequestFor(long caseId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var found = jdbc.sql("select id from internal_request where case_id = ?")
                    .param(caseId)
                    .query(Long.class)
                    .list();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no request filed for case " + caseId);
    }

    void await(String what, java.util.function.BooleanSupplier done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not in time: " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aRefundOnACaseFilesOnePayoutThatAccountingPaysOutAndTheCaseThePortalAndTheAgentAreTold() throws Exception {
        // given a refund within the agent's authority, carried out on their case
        JsonNode c = openedCase();
        long caseId = c.get("id").asLong();
        Answer refund = call(
                "agent",
                "POST",
                "/api/cases/" + caseId + "/resolutions",
                """
                {"type": "REFUND", "amount": 150000, "note": "Refund for the blender", "version": %d}"""
                        .formatted(c.get("version").asInt()));
        assertThat(refund.status()).isEqualTo(201);

        // then Accounting's payout is filed by itself, once, for the agent, with the amount and the case
        long id = awaitRequestFor(caseId);
        Answer queue =
                call("accountant", "GET", "/api/service/queue?size=200&departmentId=" + department("ACCOUNTING"), null);
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.items().findValuesAsString("id")).isNotNull();
        JsonNode request =
                call("agent", "GET", "/api/service/requests/" + id, null).body();
        assertThat(request.get("request").get("serviceId").asLong()).isEqualTo(service("refund-payout"));
        assertThat(request.get("request").get("values").get("amount").asString())
                .isEqualTo("150000");
        assertThat(request.get("request").get("requesterId").asLong())
                .isEqualTo(employee("agus.pratama@sinarmaju.example"));
        assertThat(request.get("state").asString()).isIn("ON_TRACK", "NEAR_BREACH", "BREACHED");
        Answer casePage = call("agent", "GET", "/api/cases/" + caseId, null);
        assertThat(casePage.status()).isEqualTo(200);
        // the case page says how long until it is due (or how long overdue), in the reader's language
        HttpClient agentPages = signedIn("agent");
        assertThat(page(agentPages, "/cases/" + caseId, "en"))
                .containsPattern("waiting on Accounting: Refund payout, (due in|overdue by) \\d+ (min|h|d) \\(");
        assertThat(page(agentPages, "/cases/" + caseId, "id"))
                .containsPattern("(jatuh tempo \\d+ (menit|jam|hari) lagi|terlambat \\d+ (menit|jam|hari)) \\(");
        // and so does the queue's row
        String queuePage = page(signedIn("accountant"), "/service/queue?whose=UNASSIGNED", "en");
        assertThat(queuePage).containsPattern("class=\"small due-relative\"[^>]*>(due in|overdue by) \\d+ (min|h|d)<");
        // whose links are written as they are, not looked up on the class path one by one (which versioned the
        // webjars' addresses and cost the page most of its time)
        assertThat(queuePage).contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"");
        // and whose rows are written once: the shared fragments at the end of its template are not a second list
        assertThat(queuePage.split("id=\"request-rows\"", -1)).hasSize(2);

        // and someone who is neither requester, nor Accounting, nor the case's owner is told it does not exist
        assertThat(call("manager", "GET", "/api/service/requests/" + id, null).status())
                .isEqualTo(404);
        assertThat(call("manager", "GET", "/api/service/requests/" + id, null).contentType())
                .startsWith("application/problem+json");
        // nor may the agent work it
        int version = request.get("request").get("version").asInt();
        assertThat(call(
                                "agent",
                                "POST",
                                "/api/service/requests/" + id + "/resolve",
                                "{\"text\": \"done\", \"version\": " + version + "}")
                        .status())
                .isEqualTo(403);

        // when the accountant takes it, then resolves it on the version they read
        Answer taken = call(
                "accountant",
                "POST",
                "/api/service/requests/" + id + "/assign",
                "{\"assigneeId\": " + employee("siti.rahmawati@sinarmaju.example") + ", \"version\": " + version + "}");
        assertThat(taken.status()).isEqualTo(200);
        Answer stale = call(
                "accountant",
                "POST",
                "/api/service/requests/" + id + "/resolve",
                "{\"text\": \"Paid out\", \"version\": " + version + "}");
        assertThat(stale.status()).as("a stale version").isEqualTo(409);
        Answer resolved = call(
                "accountant",
                "POST",
                "/api/service/requests/" + id + "/resolve",
                "{\"text\": \"Paid out by transfer\", \"version\": "
                        + taken.body().get("request").get("version").asInt() + "}");
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.body().get("request").get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.body().get("request").get("targetMet").asBoolean()).isTrue();

        // then the case's timeline and the customer's portal say so, and the agent is notified, once each
        await(
                "the case told",
                () -> jdbc.sql("select count(*) from case_entry where origin = ?")
                                .param("internal-request:" + id)
                                .query(Long.class)
                                .single()
                        == 1);
        await(
                "the agent notified",
                () -> jdbc.sql("select count(*) from notification where recipient_id = ? and event_key like ?")
                                .params(employee("agus.pratama@sinarmaju.example"), "internal-request:" + id + ":%")
                                .query(Long.class)
                                .single()
                        == 1);
        String privateLink = call("agent", "GET", "/api/cases/" + caseId, null)
                .body()
                .get("privateLink")
                .asString();
        String portal = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                        + privateLink.substring(privateLink.indexOf("/portal/"))))
                                .header("Accept-Language", "en")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(portal).contains("Your refund has been paid out");

        // and the agent rates it, once; the accountant may not
        assertThat(call("accountant", "POST", "/api/service/requests/" + id + "/rating", "{\"stars\": 1}")
                        .status())
                .isEqualTo(403);
        Answer rated = call(
                "agent",
                "POST",
                "/api/service/requests/" + id + "/rating",
                "{\"stars\": 5, \"comment\": \"Paid the same morning\"}");
        assertThat(rated.status()).isEqualTo(200);
        assertThat(rated.body().get("request").get("rating").asInt()).isEqualTo(5);
        assertThat(call("agent", "POST", "/api/service/requests/" + id + "/rating", "{\"stars\": 4}")
                        .status())
                .isEqualTo(409);
        // and the back office's dashboard counts the rating once, through InternalRequestRated
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() ->
                        jdbc.sql("select count(*) from reporting_request_rating where request_id = ? and stars = 5")
                                        .param(id)
                                        .query(Long.class)
                                        .single()
                                == 1);
        assertThat(jdbc.sql("select count(*) from internal_request where case_id = ?")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theFormIsCheckedFieldByFieldInTheCallersLanguage() throws Exception {
        long before = jdbc.sql("select count(*) from internal_request")
                .query(Long.class)
                .single();
        Answer refused = call(
                "agent",
                "POST",
                "/api/service/requests",
                "{\"serviceId\": " + service("payment-check") + ", \"values\": {\"amount\": \"lots\"}}",
                "Accept-Language",
                "id");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("values.reference", "values.amount");
        assertThat(refused.body().get("errors").findValuesAsString("message"))
                .contains("Masukkan jumlah dalam rupiah utuh, misalnya 250000.");
        assertThat(jdbc.sql("select count(*) from internal_request")
                        .query(Long.class)
                        .single())
                .as("nothing filed")
                .isEqualTo(before);
        Answer filed = call(
                "agent",
                "POST",
                "/api/service/requests",
                "{\"serviceId\": " + service("payment-check")
                        + ", \"values\": {\"reference\": \"TRF 1\", \"amount\": \"Rp 75.000\"}}");
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.body().get("request").get("values").get("amount").asString())
                .isEqualTo("75000");
    }

    @Test
    void onlyADepartmentsManagersPublishItsServicesAndAStaleChangeIs409() throws Exception {
        String service =
                """
                {"departmentId": %d, "code": "bank-letter-%s", "nameEn": "Bank letter", "nameId": "Surat bank",
                 "descriptionEn": "A letter for the bank.", "descriptionId": "Surat untuk bank.", "targetMinutes": 480,
                 "fields": [{"name": "bank", "labelEn": "Bank", "labelId": "Bank", "kind": "TEXT", "required": true}],
                 "version": %s}""";
        long accounting = department("ACCOUNTING");
        String code = UUID.randomUUID().toString().substring(0, 8);

        assertThat(call("manager", "POST", "/api/service/catalogue", service.formatted(accounting, code, "null"))
                        .status())
                .as("the front office's manager")
                .isEqualTo(403);
        assertThat(call("accountant", "POST", "/api/service/catalogue", service.formatted(accounting, code, "null"))
                        .status())
                .as("Accounting's staff")
                .isEqualTo(403);
        Answer published =
                call("backoffice", "POST", "/api/service/catalogue", service.formatted(accounting, code, "null"));
        assertThat(published.status()).isEqualTo(201);
        long id = published.body().get("id").asLong();

        Answer changed =
                call("backoffice", "PUT", "/api/service/catalogue/" + id, service.formatted(accounting, code, "0"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(call("backoffice", "PUT", "/api/service/catalogue/" + id, service.formatted(accounting, code, "0"))
                        .status())
                .isEqualTo(409);
        assertThat(call("agent", "GET", "/api/service/catalogue?q=bank%20letter&size=200", null)
                        .items()
                        .findValuesAsString("code"))
                .contains("bank-letter-" + code);
        assertThat(call("agent", "GET", "/api/service/queue?size=200&departmentId=" + accounting, null)
                        .status())
                .as("another department's queue")
                .isEqualTo(403);
        assertThat(call("agent", "GET", "/api/service/dashboard?departmentId=" + accounting, null)
                        .status())
                .isEqualTo(403);
        Answer figures = call("backoffice", "GET", "/api/service/dashboard", null);
        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.body().get("resolved").asLong())
                .as("the demo's weeks")
                .isPositive();
    }

    @Test
    void aWithdrawnServiceCannotBeFiledWhileItsRequestsGoOnAndAStaleWithdrawalIs409() throws Exception {
        // given a service of Accounting's with one request filed
        long accounting = department("ACCOUNTING");
        String code = "stamp-" + UUID.randomUUID().toString().substring(0, 8);
        Answer published = call(
                "backoffice",
                "POST",
                "/api/service/catalogue",
                """
                {"departmentId": %d, "code": "%s", "nameEn": "Stamp duty", "nameId": "Bea meterai",
                 "descriptionEn": "A stamped receipt.", "descriptionId": "Kuitansi bermeterai.", "targetMinutes": 240,
                 "fields": [{"name": "receipt", "labelEn": "Receipt", "labelId": "Kuitansi", "kind": "TEXT", "required": true}]}"""
                        .formatted(accounting, code));
        assertThat(published.status()).isEqualTo(201);
        long id = published.body().get("id").asLong();
        int version = published.body().get("version").asInt();
        String request = "{\"serviceId\": " + id + ", \"values\": {\"receipt\": \"R-1\"}}";
        Answer filed = call("agent", "POST", "/api/service/requests", request);
        assertThat(filed.status()).isEqualTo(201);
        long requestId = filed.body().get("request").get("id").asLong();

        // when someone who does not manage Accounting tries to withdraw it, or without the version read
        assertThat(call("accountant", "DELETE", "/api/service/catalogue/" + id + "?version=" + version, null)
                        .status())
                .isEqualTo(403);
        assertThat(call("backoffice", "DELETE", "/api/service/catalogue/" + id, null)
                        .status())
                .isEqualTo(400);
        // then nothing changed; the manager withdraws it on the version read, and a second, stale withdrawal is 409
        Answer withdrawn = call("backoffice", "DELETE", "/api/service/catalogue/" + id + "?version=" + version, null);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body().get("active").asBoolean()).isFalse();
        Answer stale = call("backoffice", "DELETE", "/api/service/catalogue/" + id + "?version=" + version, null);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        // then nobody may file it, through the API or the page, and the catalogue no longer offers it
        Answer refused = call("agent", "POST", "/api/service/requests", request, "Accept-Language", "en");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsString("field")).containsExactly("serviceId");
        assertThat(refused.body().toString()).contains("withdrawn");
        HttpClient agent = signedIn("agent");
        assertThat(page(agent, "/service/" + id + "/request", "id"))
                .contains("Layanan ini telah ditarik dari katalog")
                .doesNotContain("id=\"request-form\"");
        assertThat(call("agent", "GET", "/api/service/catalogue?q=stamp%20duty&size=200", null)
                        .items()
                        .findValuesAsString("code"))
                .doesNotContain(code);

        // and the request filed before is still worked to its end
        Answer resolved = call(
                "accountant",
                "POST",
                "/api/service/requests/" + requestId + "/resolve",
                "{\"text\": \"Stamped\", \"version\": "
                        + filed.body().get("request").get("version").asInt() + "}");
        assertThat(resolved.status()).isEqualTo(200);

        // and the manager's page offers it again
        HttpClient manager = signedIn("backoffice");
        assertThat(page(manager, "/service/manage?departmentId=" + accounting, "en"))
                .contains("/service/manage/" + id + "/offer");
        Answer again = call(
                "backoffice",
                "PUT",
                "/api/service/catalogue/" + id + "/state",
                "{\"withdrawn\": false, \"version\": "
                        + withdrawn.body().get("version").asInt() + "}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("active").asBoolean()).isTrue();
    }

    @Test
    void aFileIsKeptOnlyWhenItsContentIsOfAKeptKindAndServedOnlyToThoseWhoSeeTheRequest() throws Exception {
        Answer filed = call(
                "agent",
                "POST",
                "/api/service/requests",
                "{\"serviceId\": " + service("invoice-copy")
                        + ", \"values\": {\"invoice-number\": \"INV-7\", \"format\": \"PDF\"}}");
        long id = filed.body().get("request").get("id").asLong();
        int version = filed.body().get("request").get("version").asInt();

        HttpResponse<String> markup = multipart(id, version, "invoice.pdf", "<html><script>alert(1)</script></html>");
        assertThat(markup.statusCode()).isEqualTo(400);
        assertThat(markup.body()).contains("files");
        HttpResponse<String> pdf = multipart(id, version, "invoice.pdf", "%PDF-1.4 a small pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);

        long fileId = jdbc.sql("select id from internal_request_file where request_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        HttpResponse<String> served = get("agent", "/api/service/requests/" + id + "/files/" + fileId);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get("manager", "/api/service/requests/" + id + "/files/" + fileId)
                        .statusCode())
                .isEqualTo(404);
    }

    @Autowired
    ServiceHistory history;

    @Test
    void theQueuePagePagesThroughMoreThanAPageOfRequestsWithItsFilters() throws Exception {
        // given more open requests in Accounting's queue than a page shows
        long agus = employee("agus.pratama@sinarmaju.example");
        java.time.Instant now = java.time.Instant.now();
        java.util.List<PastRequest> load = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            load.add(new PastRequest(
                    "invoice-copy", agus, null, java.util.Map.of(), now.minusSeconds(600L * i), null, null, null));
        }
        dev.kantor.platform.security.SystemUser.run(() -> history.recordMany(load));

        // when the accountant reads the first page of the unassigned ones, then the next
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String login = browser.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(login);
        assertThat(csrf.find()).isTrue();
        browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=accountant&password=demo&_csrf=" + csrf.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> first = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/service/queue?whose=UNASSIGNED"))
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        // then the page ends whole, with a link to the next page that keeps the filter
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("</html>").contains("whose=UNASSIGNED&amp;page=1");
        HttpResponse<String> second = browser.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/service/queue?whose=UNASSIGNED&page=1"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("</html>").contains("page=0");
    }

    @Test
    void aDepartmentsManagerPublishesAServiceThroughThePageFormAndAFormFieldLineItCannotReadIsShownOnIt()
            throws Exception {
        HttpClient browser = signedIn("backoffice");
        String code = "courier-" + UUID.randomUUID().toString().substring(0, 8);
        String form = "departmentId=" + department("ACCOUNTING") + "&code=" + code
                + "&nameEn=Courier+fee+refund&nameId=Pengembalian+ongkos+kirim&descriptionEn=Refunds+a+courier+fee"
                + "&descriptionId=Mengembalikan+ongkos+kirim&targetMinutes=240&handledBy=Payables&triggeredBy=&_needsApproval=on"
                + "&_csrf=" + csrf(browser, "/service/manage/new");

        HttpResponse<String> refused = post(browser, "/service/manage", form + "&fields=amount+%7C+money");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Line 1 of the form fields cannot be read");

        HttpResponse<String> published =
                post(browser, "/service/manage", form + "&fields=amount+%7C+rupiah+%7C+required+%7C+Amount+%7C+Jumlah");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("Courier fee refund");
        assertThat(jdbc.sql("select count(*) from service_field f join service_offering o on o.id = f.offering_id"
                                + " where o.code = ? and f.kind = 'RUPIAH' and f.required = true")
                        .param(code)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aBackOfficePersonSetsAFocusWindowAndAWindowEndingBeforeItStartsIsRefusedOnTheForm() throws Exception {
        HttpClient browser = signedIn("accountant");
        String token = csrf(browser, "/service/focus");

        HttpResponse<String> refused =
                post(browser, "/service/focus", "day=MONDAY&starts=11:00&ends=09:00&_forDepartment=on&_csrf=" + token);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The window must end after it starts.");
        HttpResponse<String> department =
                post(browser, "/service/focus", "day=MONDAY&starts=09:00&ends=11:00&forDepartment=true&_csrf=" + token);
        assertThat(department.statusCode()).as("staff, not a manager").isEqualTo(403);

        HttpResponse<String> added =
                post(browser, "/service/focus", "day=TUESDAY&starts=09:00&ends=11:00&_forDepartment=on&_csrf=" + token);
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("Tuesday, 09:00 to 11:00 (yours)");
        Answer listed = call("accountant", "GET", "/api/service/focus?size=200", null);
        assertThat(listed.body().findValuesAsString("day")).contains("TUESDAY");
    }

    @Test
    void aServiceThatNeedsApprovalStartsItsClockOnlyWhenTheDepartmentsManagerApproves() throws Exception {
        Answer filed = call(
                "agent",
                "POST",
                "/api/service/requests",
                "{\"serviceId\": " + service("system-access")
                        + ", \"values\": {\"system\": \"ERP\", \"reason\": \"Stock lookups at the counter\"}}");
        assertThat(filed.status()).isEqualTo(201);
        long id = filed.body().get("request").get("id").asLong();
        int version = filed.body().get("request").get("version").asInt();
        assertThat(filed.body().get("request").get("status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(filed.body().get("state").asString()).isEqualTo("NOT_STARTED");

        assertThat(call("agent", "POST", "/api/service/requests/" + id + "/approve", "{\"version\": " + version + "}")
                        .status())
                .as("the requester")
                .isEqualTo(403);
        assertThat(call(
                                "accountant",
                                "POST",
                                "/api/service/requests/" + id + "/approve",
                                "{\"version\": " + version + "}")
                        .status())
                .as("another department")
                .isEqualTo(404);
        Answer approved =
                call("admin", "POST", "/api/service/requests/" + id + "/approve", "{\"version\": " + version + "}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("request").get("status").asString()).isEqualTo("OPEN");
        assertThat(approved.body().get("request").get("startedAt").isNull()).isFalse();
    }

    @Test
    void whereABackOfficePersonIsTodayIsKeptOnTheirRecordAndShownInWhoCanHelpNow() throws Exception {
        jdbc.sql("delete from focus_window").update();
        String siti = "siti.rahmawati@sinarmaju.example";
        try {
            Answer tooLong = call(
                    "accountant",
                    "PUT",
                    "/api/service/whereabouts",
                    "{\"desk\": \"Desk 4\", \"floor\": \"" + "x".repeat(41) + "\"}");
            assertThat(tooLong.status()).isEqualTo(400);
            assertThat(tooLong.body().get("errors").findValuesAsString("field")).containsExactly("floor");

            // an older client's single line is taken as the desk or counter
            Answer line = call("accountant", "PUT", "/api/service/whereabouts", "{\"where\": \"Counter 3\"}");
            assertThat(line.status()).isEqualTo(200);
            assertThat(line.body().get("desk").asString()).isEqualTo("Counter 3");

            Answer said = call(
                    "accountant",
                    "PUT",
                    "/api/service/whereabouts",
                    "{\"desk\": \"Desk 4\", \"floor\": \"2\", \"extension\": \"214\", \"remoteToday\": true}");
            assertThat(said.status()).isEqualTo(200);
            assertThat(said.body().get("remoteToday").asBoolean()).isTrue();
            assertThat(jdbc.sql("select desk, floor_name, phone_extension, whereabouts from employee where email = ?")
                            .param(siti)
                            .query((rs, row) ->
                                    List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                            .single())
                    .as("the fields, and the single line put together for what still reads it")
                    .containsExactly("Desk 4", "2", "214", "Desk 4 · 2 · 214");

            HttpClient agent = signedIn("agent");
            String helpers = page(agent, "/help/helpers?topic=billing", "en");
            assertThat(helpers)
                    .contains("Siti Rahmawati")
                    .contains("Desk 4")
                    .contains("floor 2")
                    .contains("ext. 214")
                    .contains("remote today");
            assertThat(page(agent, "/help/helpers?topic=billing", "id"))
                    .contains("lantai 2")
                    .contains("ekst. 214")
                    .contains("kerja jarak jauh hari ini");
            long sitiId = jdbc.sql("select id from employee where email = ?")
                    .param(siti)
                    .query(Long.class)
                    .single();
            assertThat(page(agent, "/people/" + sitiId, "en"))
                    .contains("Where to find them")
                    .contains("floor 2")
                    .contains("ext. 214");

            // remote only on the day it was said
            jdbc.sql("update employee set remote_on = ? where email = ?")
                    .params(java.sql.Date.valueOf(java.time.LocalDate.of(2020, 1, 6)), siti)
                    .update();
            assertThat(page(agent, "/help/helpers?topic=billing", "en")).doesNotContain("remote today");
        } finally {
            jdbc.sql("update employee set whereabouts = null, desk = null, floor_name = null, phone_extension = null,"
                            + " remote_on = null where email = ?")
                    .param(siti)
                    .update();
        }
    }

    @Test
    void theMigrationTakesTheOldSingleLineAsTheDeskOrCounter() throws Exception {
        String update;
        try (var in =
                getClass().getResourceAsStream("/db/migration/V45_1__service_whereabouts_as_separate_fields.sql")) {
            update = java.util.Arrays.stream(
                            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split(";"))
                    .map(String::strip)
                    .map(sql -> sql.replaceAll("(?m)^--.*$", "").strip())
                    .filter(sql -> sql.startsWith("update"))
                    .findFirst()
                    .orElseThrow();
        }
        String email = "siti.rahmawati@sinarmaju.example";
        try {
            jdbc.sql("update employee set whereabouts = 'Desk 7, 3rd floor' where email = ?")
                    .param(email)
                    .update();
            jdbc.sql(update).update();
            assertThat(jdbc.sql("select desk from employee where email = ?")
                            .param(email)
                            .query(String.class)
                            .single())
                    .isEqualTo("Desk 7, 3rd floor");
        } finally {
            jdbc.sql("update employee set whereabouts = null, desk = null where email = ?")
                    .param(email)
                    .update();
        }
    }

    private String page(HttpClient client, String path, String language) throws Exception {
        return client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept-Language", language)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** A browser's session: signed in through the login form, following redirects. */
    HttpClient signedIn(String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + user + "&password=demo&_csrf=" + csrf(browser, "/login")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return browser;
    }

    String csrf(HttpClient browser, String page) throws Exception {
        String body = browser.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                                .header("Accept-Language", "en")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(body);
        assertThat(csrf.find()).as("a form on " + page).isTrue();
        return csrf.group(1);
    }

    HttpResponse<String> post(HttpClient browser, String path, String form) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String user, String path) throws Exception {
        HttpRequest sent = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user))
                .build();
        return PublishedApi.checked(port, sent, null, HTTP.send(sent, HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> multipart(long id, int version, String name, String content) throws Exception {
        String boundary = "kantor" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nThe invoice\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n" + version + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpRequest sent = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/service/requests/" + id + "/comments"))
                .header("Authorization", basic("agent"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return PublishedApi.checked(port, sent, body, HTTP.send(sent, HttpResponse.BodyHandlers.ofString()));
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
