package dev.kantor.platform.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;

/**
 * Problem details for refusals made before any endpoint is reached (by the servlet container or
 * on the error path), with the type and the title in the caller's language that the same status
 * has everywhere in the API.
 */
final class ProblemAnswers {

    private ProblemAnswers() {}

    static Map<String, Object> of(int status, MessageSource messages, Locale locale) {
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        String key = ProblemTypes.titleKey(code);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypes.uri(ProblemTypes.forStatus(code)).toString());
        problem.put("title", messages.getMessage(key, null, key, locale));
        problem.put("status", status);
        return problem;
    }

    /** Whether a request addresses the API, which answers in problem details rather than pages. */
    static boolean isApi(String contextPath, String uri) {
        String path = uri == null
                ? ""
                : uri.substring(Math.min(uri.length(), contextPath == null ? 0 : contextPath.length()));
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/v3/api-docs");
    }
}
