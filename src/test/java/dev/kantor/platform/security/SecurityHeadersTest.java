package dev.kantor.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * What every answer tells the browser: which scripts and styles a page may use, that no one may
 * frame it, where a followed link may say it came from, and, over HTTPS, to stay on HTTPS. The
 * templates are checked to need nothing the policy forbids; {@code SecurityHeadersBrowserTest}
 * proves it in a browser.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Autowired
    MockMvc mvc;

    @Test
    void pagesRunOnlyKantorsOwnScriptsAndStylesAndCannotBeFramed() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/login")).andReturn().getResponse();

        String policy = page.getHeader("Content-Security-Policy");
        assertThat(policy)
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "style-src 'self'",
                        "frame-ancestors 'none'",
                        "object-src 'none'",
                        "form-action 'self'",
                        "base-uri 'self'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()", "microphone=()");
    }

    @Test
    void onlyTheApiDescriptionWhichKantorDoesNotWriteMayApplyInlineStyles() throws Exception {
        String policy = mvc.perform(get("/swagger-ui/index.html").with(httpBasic("agent", "demo")))
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");

        assertThat(policy)
                .contains("style-src 'self' 'unsafe-inline'", "script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
    }

    @Test
    void thePortalNeverTellsAnotherSiteTheCustomersPrivateLink() throws Exception {
        mvc.perform(get("/portal")).andExpect(header().string("Referrer-Policy", "no-referrer"));
        mvc.perform(get("/portal/cases/" + "x".repeat(43)))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
    }

    @Test
    void theApiAnswersDataThatMayLoadNothing() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/api/ping").with(httpBasic("agent", "demo")))
                .andReturn()
                .getResponse();
        assertThat(answer.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(answer.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void overHttpsBrowsersAreToldToStayOnHttps() throws Exception {
        MockHttpServletResponse secure =
                mvc.perform(get("/login").secure(true)).andReturn().getResponse();
        assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");

        MockHttpServletResponse plain = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(plain.getHeader("Strict-Transport-Security"))
                .as("HSTS means nothing over plain HTTP")
                .isNull();
        // the session cookie's flags come from the real server, not this mock: see SecurityHeadersBrowserTest
    }

    /** What the policy refuses in a page: inline script in any form, and inline style. */
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("<script\\b(?![^>]*\\b(?:th:)?src=)(?![^>]*type=\"application/json\")[^>]*>"),
            Pattern.compile("\\s(?:th:)?on[a-z]+\\s*="),
            Pattern.compile("\\s(?:th:|data-)?hx-on"),
            Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s(?:th:)?style\\s*="),
            Pattern.compile("<style\\b"));

    @Test
    void templatesUseNoInlineScriptNorInlineStyle() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
                for (Pattern forbidden : FORBIDDEN) {
                    Matcher match = forbidden.matcher(html);
                    while (match.find()) {
                        found.add(TEMPLATES.relativize(file) + ": "
                                + match.group().strip());
                    }
                }
            }
        }
        assertThat(found).as("what the Content-Security-Policy would refuse").isEmpty();
    }
}
