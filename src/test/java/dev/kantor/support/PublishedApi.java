package dev.kantor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Holds every API call the tests make to the published API description ({@code /v3/api-docs}, loaded
 * once per run), so the description cannot drift from the code:
 *
 * <ul>
 *   <li>every answer must be one the description gives for that operation and status, with that body;
 *   <li>a request the description calls invalid must be refused (4xx): a test that sends bad input on
 *       purpose passes, an operation that takes more than the description says fails.
 * </ul>
 *
 * Addresses the description does not name (an unknown path, a method an address does not take) are
 * not checked: there is nothing to check them against, and the API tests check those answers themselves.
 */
public final class PublishedApi {

    /** Messages that mean the request names no operation of the description. */
    private static final List<String> NO_OPERATION =
            List.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private static volatile OpenApiInteractionValidator validator;

    private PublishedApi() {}

    /**
     * Checks one call against the description; throws {@link AssertionError} naming every mismatch.
     *
     * @param requestHeaders  the headers sent, each with its values
     * @param responseHeaders the headers received, each with its values
     */
    public static void check(
            int port,
            String method,
            String pathAndQuery,
            Map<String, List<String>> requestHeaders,
            String requestBody,
            int status,
            Map<String, List<String>> responseHeaders,
            String responseBody) {
        URI uri = URI.create(pathAndQuery);
        String path = uri.getRawPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        OpenApiInteractionValidator api = validator(port);
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
        query(uri.getRawQuery()).forEach(request::withQueryParam);
        requestHeaders.forEach(request::withHeader);
        if (requestBody != null && !requestBody.isEmpty()) {
            request.withBody(requestBody);
        }
        Request sent = request.build();
        ValidationReport requestReport = api.validateRequest(sent);
        if (requestReport.getMessages().stream().anyMatch(m -> NO_OPERATION.contains(m.getKey()))) {
            return;
        }
        if (requestReport.hasErrors() && (status < 400 || status >= 500)) {
            throw new AssertionError("%s %s was answered %d, but the API description refuses the request:%n%s"
                    .formatted(method, pathAndQuery, status, text(requestReport)));
        }

        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        responseHeaders.forEach((name, values) -> {
            if (!name.equals(":status")) {
                response.withHeader(name, values);
            }
        });
        if (responseBody != null && !responseBody.isEmpty()) {
            response.withBody(responseBody);
        }
        ValidationReport responseReport = api.validateResponse(path, Request.Method.valueOf(method), response.build());
        if (responseReport.hasErrors()) {
            throw new AssertionError("%s %s was answered %d, which the API description does not describe:%n%s%n%s"
                    .formatted(method, pathAndQuery, status, text(responseReport), responseBody));
        }
    }

    /**
     * Checks a call a test made with its own {@link HttpClient} (files, pages and the API side by side)
     * against the description; pages and other addresses outside {@code /api/} are not checked.
     *
     * @param requestBody the body sent, or null
     * @return the answer, for chaining
     */
    public static <T> HttpResponse<T> checked(int port, HttpRequest sent, String requestBody, HttpResponse<T> answer) {
        Object body = answer.body();
        String text = body instanceof byte[] bytes
                ? new String(bytes, StandardCharsets.ISO_8859_1)
                : body == null ? null : body.toString();
        String uri = sent.uri().getRawPath()
                + (sent.uri().getRawQuery() == null ? "" : "?" + sent.uri().getRawQuery());
        check(
                port,
                sent.method(),
                uri,
                sent.headers().map(),
                requestBody,
                answer.statusCode(),
                answer.headers().map(),
                text);
        return answer;
    }

    private static Map<String, List<String>> query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Map.of();
        }
        return java.util.Arrays.stream(rawQuery.split("&"))
                .filter(pair -> !pair.isEmpty())
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.groupingBy(
                        pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        java.util.LinkedHashMap::new,
                        Collectors.mapping(
                                pair -> pair.length < 2 ? "" : URLDecoder.decode(pair[1], StandardCharsets.UTF_8),
                                Collectors.toList())));
    }

    private static String text(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "- " + m.getKey() + ": " + m.getMessage())
                .collect(Collectors.joining(System.lineSeparator()));
    }

    /** The description as the application publishes it, read once per run (every test context publishes the same). */
    private static OpenApiInteractionValidator validator(int port) {
        OpenApiInteractionValidator loaded = validator;
        if (loaded == null) {
            synchronized (PublishedApi.class) {
                loaded = validator;
                if (loaded == null) {
                    loaded = OpenApiInteractionValidator.createForInlineApiSpecification(document(port))
                            .withLevelResolver(LevelResolver.create()
                                    // a call without credentials is a test of the 401, which is checked as an answer
                                    .withLevel("validation.request.security.missing", ValidationReport.Level.INFO)
                                    .build())
                            .build();
                    validator = loaded;
                }
            }
        }
        return loaded;
    }

    private static String document(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> answer =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("/v3/api-docs answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
