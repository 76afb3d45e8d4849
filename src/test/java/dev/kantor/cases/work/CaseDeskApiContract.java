package dev.kantor.cases.work;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;
import dev.kantor.support.PublishedApi;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files on cases over HTTP: sent with a reply or a note, listed, read by staff and, through the
 * private link, by the customer; refused by size, count and content; served so that no file can
 * act as a page. Customer records: corrected with a version and an audit, duplicates merged. Canned
 * replies: personal or the team's, filled in for a case in its customer's language.
 * Runs on H2 and on PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CaseDeskApiContract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A file part of a multipart request. */
    record Part(String name, String fileName, String contentType, byte[] content) {

        static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        static Part file(String fileName, String declaredType, byte[] content) {
            return new Part("files", fileName, declaredType, content);
        }
    }

    /** What came back, with the raw body for files. */
    record Raw(int status, java.net.http.HttpHeaders headers, byte[] body) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonNode json() {
            return JsonMapper.builder().build().readTree(new String(body, StandardCharsets.UTF_8));
        }
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] HTML =
            "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    static final byte[] SVG =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);

    Raw multipart(String user, String path, List<Part> parts) throws Exception {
        String boundary = "kantor-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                            + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"")
                            + "\r\n"
                            + (part.contentType() == null ? "" : "Content-Type: " + part.contentType() + "\r\n")
                            + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(part.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json");
        signIn(request, user);
        HttpRequest sent = request.build();
        HttpResponse<byte[]> response = PublishedApi.checked(
                port,
                sent,
                body.toString(StandardCharsets.ISO_8859_1),
                HTTP.send(sent, HttpResponse.BodyHandlers.ofByteArray()));
        return new Raw(response.statusCode(), response.headers(), response.body());
    }

    Raw get(String user, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        signIn(request, user);
        HttpRequest sent = request.build();
        HttpResponse<byte[]> response =
                PublishedApi.checked(port, sent, null, HTTP.send(sent, HttpResponse.BodyHandlers.ofByteArray()));
        return new Raw(response.statusCode(), response.headers(), response.body());
    }

    private static void signIn(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
    }

    JsonNode opened() throws Exception {
        Answer created = ApiCalls.call(
                port,
                "agent",
                "POST",
                "/api/cases",
                CasesApiContract.newCase("Dented fridge", "wulan." + UUID.randomUUID() + "@example.com"));
        assertThat(created.status()).isEqualTo(201);
        return created.body();
    }

    static String files(JsonNode c) {
        return "/api/cases/" + c.get("id").asLong() + "/attachments";
    }

    @Test
    void filesOnANoteStayInternalAndFilesOnAReplyReachTheCustomersLinkOnly() throws Exception {
        JsonNode c = opened();
        byte[] photo = png();
        Raw note = multipart(
                "agent",
                files(c),
                List.of(
                        Part.field("text", "Courier photo, for us only"),
                        Part.file("courier.png", "image/png", photo)));
        assertThat(note.status()).isEqualTo(201);
        long internal = note.json().get(0).get("id").asLong();
        assertThat(note.json().get(0).get("internal").asBoolean()).isTrue();

        Raw reply = multipart(
                "agent",
                files(c),
                List.of(
                        Part.field("text", "Here is the return label and our policy."),
                        Part.field("toCustomer", "true"),
                        Part.file("label.pdf", "application/octet-stream", PDF),
                        Part.file(
                                "steps.txt", "text/html", "1. Pack it\n2. Send it".getBytes(StandardCharsets.UTF_8))));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().findValuesAsString("type")).containsExactly("PDF", "TEXT");
        long pdf = reply.json().get(0).get("id").asLong();
        long text = reply.json().get(1).get("id").asLong();

        Raw list = get("manager", files(c));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsString("fileName")).containsExactly("courier.png", "label.pdf", "steps.txt");

        Raw staffPicture = get("agent", files(c) + "/" + internal);
        assertThat(staffPicture.status()).isEqualTo(200);
        assertThat(staffPicture.body()).isEqualTo(photo);
        assertThat(staffPicture.header("Content-Type")).isEqualTo("image/png");
        assertThat(staffPicture.header("Content-Disposition")).startsWith("inline");

        String link = c.get("privateLink").asString();
        assertThat(get(null, link + "/files/" + pdf).status()).isEqualTo(200);
        assertThat(get(null, link + "/files/" + internal).status())
                .as("a file on an internal note is never behind the private link")
                .isEqualTo(404);
        String portalPage = new String(get(null, link).body(), StandardCharsets.UTF_8);
        assertThat(portalPage).contains("label.pdf", "steps.txt").doesNotContain("courier.png");

        Raw download = get(null, link + "/files/" + text);
        assertThat(download.header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition"))
                .startsWith("attachment")
                .contains("steps.txt");
    }

    @Test
    void anotherCasesLinkAndEmployeesWithoutCasesReadNothing() throws Exception {
        JsonNode c = opened();
        JsonNode other = opened();
        Raw reply = multipart(
                "agent",
                files(c),
                List.of(
                        Part.field("text", "Your receipt"),
                        Part.field("toCustomer", "true"),
                        Part.file("receipt.pdf", "application/pdf", PDF)));
        long file = reply.json().get(0).get("id").asLong();

        assertThat(get(null, other.get("privateLink").asString() + "/files/" + file)
                        .status())
                .isEqualTo(404);
        assertThat(get(null, "/portal/cases/" + "A".repeat(43) + "/files/" + file)
                        .status())
                .isEqualTo(404);
        assertThat(get("agent", files(other) + "/" + file).status()).isEqualTo(404);
        assertThat(get("hr", files(c) + "/" + file).status()).isEqualTo(403);
        assertThat(get("hr", files(c)).status()).isEqualTo(403);
        assertThat(multipart(
                                "hr",
                                files(c),
                                List.of(Part.field("text", "x"), Part.file("a.pdf", "application/pdf", PDF)))
                        .status())
                .isEqualTo(403);
        assertThat(get(null, files(c) + "/" + file).status()).isEqualTo(401);
    }

    @Test
    void filesAreRefusedByWhatTheyAreAndNothingOfTheMessageIsWritten() throws Exception {
        JsonNode c = opened();
        Raw renamed = multipart(
                "agent", files(c), List.of(Part.field("text", "photo"), Part.file("photo.png", "image/png", HTML)));
        assertThat(renamed.status()).isEqualTo(415);
        assertThat(renamed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(renamed.json().get("errors").get(0).get("field").asString()).isEqualTo("files");
        assertThat(renamed.json().get("title").asString()).contains("photo.png");

        Raw svg = multipart(
                "agent", files(c), List.of(Part.field("text", "logo"), Part.file("logo.svg", "image/svg+xml", SVG)));
        assertThat(svg.status()).isEqualTo(415);

        List<Part> six = new java.util.ArrayList<>(List.of(Part.field("text", "many")));
        for (int i = 0; i < 6; i++) {
            six.add(Part.file("r" + i + ".pdf", "application/pdf", PDF));
        }
        Raw tooMany = multipart("agent", files(c), six);
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(tooMany.header("Content-Type")).startsWith("application/problem+json");

        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        Raw tooLarge = multipart(
                "agent", files(c), List.of(Part.field("text", "big"), Part.file("big.pdf", "application/pdf", huge)));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");

        Raw noText = multipart("agent", files(c), List.of(Part.file("r.pdf", "application/pdf", PDF)));
        assertThat(noText.status()).isEqualTo(400);

        assertThat(get("agent", files(c)).json().get("items")).isEmpty();
        JsonNode timeline = ApiCalls.call(
                        port, "agent", "GET", "/api/cases/" + c.get("id").asLong(), null)
                .body()
                .get("timeline");
        assertThat(timeline.findValuesAsString("kind")).containsExactly("OPENED", "CUSTOMER_MESSAGE");
    }

    static String encode(String q) {
        return java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    Answer api(String user, String method, String path, String body) throws Exception {
        return ApiCalls.call(port, user, method, path, body);
    }

    @Test
    void aCustomersDetailsAreCorrectedAuditedAndAStaleVersionIsRefused() throws Exception {
        JsonNode c = opened();
        long customer = c.get("customer").get("id").asLong();
        JsonNode read = api("agent", "GET", "/api/customers/" + customer, null).body();
        int version = read.get("customer").get("version").asInt();

        Answer edited = api(
                "agent",
                "PUT",
                "/api/customers/" + customer,
                """
                {"fullName": "Wulan Sari Dewi", "email": "Wulan.Dewi@Example.com", "phone": "+62 811 000 111",
                 "language": "id", "version": %d}"""
                        .formatted(version));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body().get("email").asString()).isEqualTo("wulan.dewi@example.com");
        assertThat(edited.body().get("language").asString()).isEqualTo("id");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'customer' and entity_id = ?")
                        .param(customer)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        Answer stale = api(
                "agent",
                "PUT",
                "/api/customers/" + customer,
                """
                {"fullName": "Someone Else", "language": "en", "version": %d}"""
                        .formatted(version));
        assertThat(stale.status()).isEqualTo(409);
        Answer bad = api(
                "agent",
                "PUT",
                "/api/customers/" + customer,
                """
                {"fullName": " ", "email": "not-an-address", "language": "fr", "version": %d}"""
                        .formatted(version + 1));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsString("field")).contains("fullName", "email", "language");
        assertThat(api("hr", "GET", "/api/customers/" + customer, null).status())
                .isEqualTo(403);
    }

    @Test
    void aManagerMergesADuplicateRecordAndItsCasesMoveToTheKeptOne() throws Exception {
        JsonNode first = opened();
        JsonNode second = opened();
        long kept = first.get("customer").get("id").asLong();
        long duplicate = second.get("customer").get("id").asLong();
        String duplicateEmail = second.get("customer").get("email").asString();

        assertThat(api("agent", "POST", "/api/customers/" + kept + "/merge", "{\"duplicateId\": " + duplicate + "}")
                        .status())
                .as("agents do not merge customers")
                .isEqualTo(403);
        assertThat(api("manager", "POST", "/api/customers/" + kept + "/merge", "{\"duplicateId\": " + kept + "}")
                        .status())
                .isEqualTo(422);
        assertThat(api("manager", "POST", "/api/customers/" + kept + "/merge", "{\"duplicateId\": 999999999}")
                        .status())
                .isEqualTo(404);

        Answer merged =
                api("manager", "POST", "/api/customers/" + kept + "/merge", "{\"duplicateId\": " + duplicate + "}");
        assertThat(merged.status()).isEqualTo(200);
        JsonNode moved = api("agent", "GET", "/api/cases/" + second.get("id").asLong(), null)
                .body();
        assertThat(moved.get("customer").get("id").asLong()).isEqualTo(kept);
        assertThat(api("agent", "GET", "/api/customers/" + kept, null)
                        .body()
                        .get("casesInAll")
                        .asLong())
                .isEqualTo(2);
        assertThat(api("agent", "GET", "/api/customers/" + duplicate, null).status())
                .isEqualTo(404);
        assertThat(api("agent", "GET", "/api/customers?q=" + duplicateEmail, null)
                        .items())
                .as("the merged record is gone from search")
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'customer' and entity_id in (?, ?)")
                        .params(kept, duplicate)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aCannedReplyIsFilledInForTheCaseInItsCustomersLanguageAndPersonalOnesStayPersonal() throws Exception {
        Answer created = api(
                "agent",
                "POST",
                "/api/canned-replies",
                """
                {"title": "Refund on its way %s", "textEn": "Dear {customer.name}, the refund for {case.reference} is on its way. {agent.name}",
                 "textId": "Yth. {customer.name}, pengembalian dana untuk {case.reference} sedang diproses. {agent.name} {unknown.thing}"}"""
                        .formatted(UUID.randomUUID()));
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        String title = created.body().get("title").asString();

        Answer c = ApiCalls.call(
                port,
                "agent",
                "POST",
                "/api/cases",
                """
                {"channel": "PHONE", "type": "COMPLAINT", "topic": "returns", "subject": "Refund",
                 "message": "Where is my refund?",
                 "customer": {"name": "Sri Wahyuni", "email": "sri.%s@example.com", "language": "id"}}"""
                        .formatted(UUID.randomUUID()));
        assertThat(c.status()).isEqualTo(201);
        JsonNode filled = api(
                        "agent",
                        "GET",
                        "/api/cases/" + c.body().get("id").asLong() + "/canned-replies?q="
                                + encode(title.substring(0, 20)),
                        null)
                .items();
        assertThat(filled).hasSize(1);
        assertThat(filled.get(0).get("language").asString()).isEqualTo("id");
        assertThat(filled.get(0).get("text").asString())
                .isEqualTo("Yth. Sri Wahyuni, pengembalian dana untuk "
                        + c.body().get("reference").asString() + " sedang diproses. Agus Pratama {unknown.thing}");

        assertThat(api("manager", "GET", "/api/canned-replies/" + id, null).status())
                .as("someone else's personal reply does not exist for the manager")
                .isEqualTo(404);
        assertThat(api("manager", "GET", "/api/canned-replies?size=200&q=" + encode(title), null)
                        .items())
                .isEmpty();
        assertThat(api("manager", "DELETE", "/api/canned-replies/" + id, null).status())
                .isEqualTo(404);
        assertThat(api("hr", "GET", "/api/canned-replies?size=200", null).status())
                .isEqualTo(403);

        Answer stale = api(
                "agent",
                "PUT",
                "/api/canned-replies/" + id,
                """
                {"title": "x", "textEn": "x", "textId": "x", "version": 7}""");
        assertThat(stale.status()).isEqualTo(409);
        Answer missing = api("agent", "POST", "/api/canned-replies", "{\"title\": \" \"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").findValuesAsString("field")).contains("title", "textEn", "textId");
        assertThat(api("agent", "DELETE", "/api/canned-replies/" + id, null).status())
                .isEqualTo(204);
    }

    @Test
    void onlyManagersKeepTheTeamsCannedReplies() throws Exception {
        String team =
                """
                {"title": "Team greeting %s", "textEn": "Hello {customer.name}", "textId": "Halo {customer.name}",
                 "keptFor": "TEAM"}"""
                        .formatted(UUID.randomUUID());
        assertThat(api("agent", "POST", "/api/canned-replies", team).status()).isEqualTo(403);
        Answer kept = api("manager", "POST", "/api/canned-replies", team);
        assertThat(kept.status()).isEqualTo(201);
        assertThat(kept.body().has("departmentId")).isTrue();
        long id = kept.body().get("id").asLong();
        assertThat(api(
                                "agent",
                                "PUT",
                                "/api/canned-replies/" + id,
                                """
                                {"title": "Mine now", "textEn": "x", "textId": "x", "version": 0}""")
                        .status())
                .isIn(403, 404);
        assertThat(api("admin", "GET", "/api/canned-replies/" + id, null).status())
                .isEqualTo(200);
        assertThat(api("manager", "DELETE", "/api/canned-replies/" + id, null).status())
                .isEqualTo(204);
    }
}
