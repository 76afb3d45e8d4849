package dev.kantor.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kantor.platform.DuplicateValue;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every API error as RFC 9457 problem details with a stable {@code type}, a title in the
 * caller's language and, for bad input, the broken fields.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInput e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", e.messageKey(), e.args());
        problem.setProperty("errors", e.problems().stream().map(this::field).toList());
        return answer(problem);
    }

    @ExceptionHandler(DuplicateValue.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateValue e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "duplicate", e.messageKey(), e.args());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", text(e.messageKey(), e.args()))));
        return answer(problem);
    }

    @ExceptionHandler(KantorException.class)
    ResponseEntity<ProblemDetail> rule(KantorException e) {
        ProblemDetail problem = problem(ProblemTypes.statusOf(e), ProblemTypes.of(e), e.messageKey(), e.args());
        e.details().forEach(problem::setProperty);
        return answer(problem);
    }

    /** A stale version, and as much a lock another request held too long or a deadlock: try again. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyFailureException e) {
        return answer(problem(HttpStatus.CONFLICT, "concurrent-change", "error.concurrent-change"));
    }

    /** A change naming one version in If-Match and another in its body or parameters: nothing is changed. */
    @ExceptionHandler(VersionMismatch.class)
    ResponseEntity<ProblemDetail> versionMismatch(VersionMismatch e) {
        ProblemDetail problem = problem(
                HttpStatus.PRECONDITION_FAILED, "version-mismatch", "validation.if-match", e.ifMatch(), e.sent());
        problem.setProperty(
                "errors",
                List.of(Map.of("field", "version", "message", text("validation.if-match", e.ifMatch(), e.sent()))));
        return answer(problem);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return answer(problem(HttpStatus.CONFLICT, "duplicate", "error.duplicate"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return answer(problem(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden"));
    }

    /** A parameter or path variable of the wrong type, with text that cannot be stored, or a date out of bounds. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalidInput(List.of(InputGuards.problemOf(e)));
    }

    /**
     * A body announced as files that cannot be read as such (no boundary, a broken part): the
     * caller's mistake, said as one. Too large a body keeps the more specific answer of the base class (413).
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableFiles(MultipartException e) {
        return answer(problem(HttpStatus.BAD_REQUEST, "unreadable-files", "error.unreadable-files"));
    }

    /** A list field with an index far beyond any request's, such as skills[99999]. */
    @ExceptionHandler(InvalidPropertyException.class)
    ResponseEntity<Object> unknownField(InvalidPropertyException e) {
        return invalidInput(List.of(new FieldProblem(e.getPropertyName(), "error.bad-value")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalidInput(List.of(new FieldProblem(e.getParameterName(), "validation.required")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalidInput(List.of(new FieldProblem(e.getRequestPartName(), "validation.required")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "error.invalid-input");
        problem.setProperty(
                "errors",
                e.getBindingResult().getFieldErrors().stream()
                        .map(error -> fieldError(error, locale))
                        .toList());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * A body that cannot be read: where Jackson can say which field is at fault (a wrong type, a
     * date out of bounds, text that cannot be stored, a null entry in a list), that field is named;
     * a body that is not JSON at all is "unreadable".
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            return invalidInput(List.of(JsonProblems.of(jackson)));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable", "error.unreadable");
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * Every other refusal Spring makes (a body too large, an answer type the caller does not
     * accept, a missing header...) with a stable type and a title in the caller's language
     * instead of Spring's English detail.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem =
                problem(statusCode, ProblemTypes.forStatus(statusCode), ProblemTypes.titleKey(statusCode));
        return ResponseEntity.status(statusCode)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ResponseEntity<Object> invalidInput(List<FieldProblem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "error.invalid-input");
        problem.setProperty("errors", problems.stream().map(this::field).toList());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private Map<String, String> fieldError(FieldError error, Locale locale) {
        return Map.of("field", error.getField(), "message", messages.getMessage(error, locale));
    }

    private Map<String, String> field(FieldProblem p) {
        return Map.of(
                "field", p.field(), "message", text(p.messageKey(), p.args().toArray()));
    }

    private ProblemDetail problem(HttpStatusCode status, String type, String key, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(ProblemTypes.uri(type));
        problem.setTitle(text(key, args));
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
