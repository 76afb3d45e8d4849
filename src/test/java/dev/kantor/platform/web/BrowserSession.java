package dev.kantor.platform.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's session on Kantor, as forms are sent from one: its cookies, signed in through the
 * login form (or not, on the portal), and the CSRF token its pages carry, sent with every form.
 */
final class BrowserSession {

    private static final Pattern PAGE_TOKEN = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String csrf;

    private BrowserSession(int port) {
        this.port = port;
    }

    /** Signs in through the login form, as a person does. */
    static BrowserSession signedIn(int port, String user) throws Exception {
        BrowserSession session = new BrowserSession(port);
        Matcher token = LOGIN_TOKEN.matcher(session.get("/login").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> signIn = session.http.send(
                session.request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + user + "&password=demo&_csrf=" + encode(token.group(1))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        session.readToken("/");
        return session;
    }

    /** A customer's browser, without an account, that has opened a page. */
    static BrowserSession anonymous(int port, String page) throws Exception {
        BrowserSession session = new BrowserSession(port);
        session.readToken(page);
        return session;
    }

    /** Sends a form, form-encoded or, with a file, as a multipart upload. */
    HttpResponse<String> post(String path, Map<String, List<String>> values, String file) throws Exception {
        HttpRequest.Builder request = request(path).header("X-CSRF-TOKEN", csrf);
        if (file == null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formEncoded(values)));
        } else {
            String boundary = "fuzz" + Long.toHexString(System.nanoTime());
            StringBuilder body = new StringBuilder();
            values.forEach((name, list) -> list.forEach(v -> body.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(name)
                    .append("\"\r\n\r\n")
                    .append(v)
                    .append("\r\n")));
            body.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"file\"; "
                            + "filename=\"fuzz.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                    .append(file)
                    .append("\r\n--")
                    .append(boundary)
                    .append("--\r\n");
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String formEncoded(Map<String, List<String>> values) {
        List<String> pairs = new ArrayList<>();
        values.forEach((name, list) -> list.forEach(v -> pairs.add(encode(name) + "=" + encode(v))));
        return String.join("&", pairs);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void readToken(String page) throws Exception {
        Matcher token = PAGE_TOKEN.matcher(get(page).body());
        assertThat(token.find()).as("a CSRF token on " + page).isTrue();
        csrf = token.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html");
    }
}
