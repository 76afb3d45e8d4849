package dev.kantor.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * API calls that reach no endpoint (an address the API does not have, a method or a body type an
 * address does not take) answer with problem details in the caller's language, like every other
 * API error, rather than the server's plain error page. {@link ApiProblems} cannot: it only sees
 * errors raised inside an endpoint. Pages keep their own error pages: for them the error is passed
 * on unchanged.
 */
@ControllerAdvice
class UnmatchedApiRequests {

    private final MessageSource messages;

    UnmatchedApiRequests(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchAddress(NoResourceFoundException e, HttpServletRequest request)
            throws NoResourceFoundException {
        if (!isApi(request)) {
            throw e;
        }
        return answer(HttpStatus.NOT_FOUND, "not-found", "error.no-such-endpoint", new HttpHeaders());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotTaken(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        if (!isApi(request)) {
            throw e;
        }
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return answer(
                HttpStatus.METHOD_NOT_ALLOWED,
                "method-not-allowed",
                "error.method-not-allowed",
                headers,
                e.getMethod());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> bodyTypeNotTaken(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        if (!isApi(request)) {
            throw e;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(e.getSupportedMediaTypes());
        return answer(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "error.unsupported-media-type",
                headers,
                e.getContentType() == null ? "?" : e.getContentType().toString());
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private ResponseEntity<ProblemDetail> answer(
            HttpStatus status, String type, String key, HttpHeaders headers, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(ProblemTypes.uri(type));
        problem.setTitle(messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
