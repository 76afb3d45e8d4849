package dev.kantor.platform.security;

import java.io.IOException;
import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.web.ProblemTypes;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Refusals of API callers as RFC 9457 problem details, in the caller's language. */
@Component
public class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;
    private final LocaleResolver locales;

    public ProblemSecurityResponses(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottled throttled) {
            tooManyTries(request, response, throttled);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Kantor\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "error.unauthorized");
    }

    /** 429: the account or the address has used up its failed sign-ins for now; Retry-After says how long. */
    void tooManyTries(HttpServletRequest request, HttpServletResponse response, SignInThrottled e) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.waitSeconds()));
        write(
                request,
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "too-many-sign-in-attempts",
                "error.too-many-sign-in-attempts",
                e.waitSeconds());
    }

    /** 403: the account has a temporary password, to be replaced before anything else. */
    void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "password-change-required", "error.password-change-required");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }

    /**
     * Refuses an API request with a problem of this {@code type} (a {@link ProblemTypes} name),
     * titled by the message {@code key} in the caller's language.
     */
    public void refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String key,
            Object... args)
            throws IOException {
        write(request, response, status, type, key, args);
    }

    private void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String key,
            Object... args)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage(key, args, locale);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"" + ProblemTypes.uri(type) + "\",\"title\":\"" + title.replace("\"", "'")
                        + "\",\"status\":" + status.value() + "}");
    }
}
