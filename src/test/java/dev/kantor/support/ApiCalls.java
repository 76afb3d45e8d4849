package dev.kantor.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls Kantor's REST API over real HTTP as a demo user (password {@code demo}), as API tests do. Every
 * call is checked against the published API description ({@link PublishedApi}).
 */
public final class ApiCalls {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** What came back: status, content type, the JSON body if any, and the Location and ETag headers. */
    public record Answer(int status, String contentType, JsonNode body, String location, String etag) {

        /** The items of a page of a list ({@code platform.web.Paged}), the answer of every list operation. */
        public JsonNode items() {
            if (body == null || !body.has("items")) {
                throw new AssertionError("not a page of a list (status " + status + "): " + body);
            }
            return body.get("items");
        }
    }

    /** A page (HTML, CSV) as it came back: status, content type and body. */
    public record Page(int status, String contentType, String body) {}

    private ApiCalls() {}

    /**
     * Gets a page (not the API: no check against its description) as a demo user signed in with HTTP Basic, in
     * a language.
     *
     * @param user     a demo user (password {@code demo})
     * @param language the {@code Accept-Language}, e.g. "en" or "id"
     */
    public static Page page(int port, String user, String path, String language)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user))
                .header("Accept-Language", language)
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /**
     * @param user    a demo user, or null for an anonymous call
     * @param headers pairs of header name and value, replacing the defaults
     */
    public static Answer call(int port, String user, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json");
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        HttpRequest sent = request.build();
        HttpResponse<String> response = HTTP.send(sent, HttpResponse.BodyHandlers.ofString());
        PublishedApi.check(
                port,
                method,
                path,
                sent.headers().map(),
                body,
                response.statusCode(),
                response.headers().map(),
                response.body());
        JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                json,
                response.headers().firstValue("Location").orElse(null),
                response.headers().firstValue("ETag").orElse(null));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
