package dev.kantor.platform.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person's browser shows when a page cannot answer: the error page, in their language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String AGENT = "Basic YWdlbnQ6ZGVtbw=="; // agent:demo

    @LocalServerPort
    int port;

    private final HttpClient browser =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String path, String language) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .header("Authorization", AGENT)
                        .header("Cookie", "kantor-language=" + language)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPageThatDoesNotExistIsAnErrorPageNotAnApiProblem() throws Exception {
        HttpResponse<String> page = get("/no-such-page", "en");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("This page or record does not exist.");
    }

    @Test
    void aLanguageSwitchFromAnAddressTooLongToSendBackReturnsHomeNotAServerError() throws Exception {
        // a search thousands of characters long: sent back as it came, its Location would not fit in the
        // 8 KB Tomcat holds for an answer's headers beside the security headers
        String longSearch = "http://localhost:" + port + "/cases?q=" + "x".repeat(7600);
        HttpResponse<String> answer = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/language?lang=id"))
                        .header("Accept", "text/html")
                        .header("Authorization", AGENT)
                        .header("Referer", longSearch)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/");
    }

    @Test
    void aNumberTooLargeToReadSaysSoInTheReadersLanguage() throws Exception {
        // a form sent past the browser's own checks, with an amount no rupiah field can hold
        HttpResponse<String> form = get("/cases/new", "id");
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        String body = "amount=" + "9".repeat(25) + "&type=REFUND&version=0&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);

        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cases/1/resolution"))
                        .header("Accept", "text/html")
                        .header("Authorization", AGENT)
                        .header("Cookie", "kantor-language=id")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Sebagian isian tidak dapat dibaca", "Kembali ke formulir");
    }

    @Test
    void aFieldThatCannotBeStoredIsNamedOnTheErrorPageInTheReadersLanguage() throws Exception {
        HttpResponse<String> form = get("/cases/new", "id");
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        String body = "text=" + URLEncoder.encode("Catatan\u0000rahasia", StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);

        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cases/1/note"))
                        .header("Accept", "text/html")
                        .header("Authorization", AGENT)
                        .header("Cookie", "kantor-language=id")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("text: Berisi karakter yang tidak dapat disimpan", "Kembali ke formulir");
    }
}
