package dev.kantor.platform.web;

import java.util.Locale;
import java.util.stream.Collectors;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.KantorException;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures the pages do not handle themselves, shown on the localized error page with the right
 * status. A request a form sent past the browser's own checks (a field missing, a number that is no
 * number, text that cannot be stored) is a 400 whose page names the field and says what is wrong.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    private final MessageSource messages;

    PageProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(KantorException.class)
    ModelAndView rule(KantorException e) {
        HttpStatus status =
                switch (e.kind()) {
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case CONFLICT -> HttpStatus.CONFLICT;
                    case FORBIDDEN -> HttpStatus.FORBIDDEN;
                    case INVALID -> HttpStatus.BAD_REQUEST;
                };
        return page(status);
    }

    /** A stale version, and as much a lock another request held too long or a deadlock: try again. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ModelAndView concurrentChange() {
        return page(HttpStatus.CONFLICT);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView unreadableField(TypeMismatchException e) {
        FieldProblem problem = InputGuards.problemOf(e);
        return badRequest(problem.field() + ": "
                + text(problem.messageKey(), problem.args().toArray()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingField(MissingServletRequestParameterException e) {
        return badRequest(e.getParameterName() + ": " + text("validation.required"));
    }

    /** A form bound to a record without a place for its problems; also MethodArgumentNotValidException. */
    @ExceptionHandler(BindException.class)
    ModelAndView unboundForm(BindException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return badRequest(e.getFieldErrors().stream()
                .map(error -> error.getField() + ": " + messages.getMessage(error, locale))
                .collect(Collectors.joining("; ")));
    }

    /** A list field with an index far beyond any form's, such as skillId[99999]. */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView unknownField(InvalidPropertyException e) {
        return badRequest(e.getPropertyName() + ": " + text("error.bad-value"));
    }

    private ModelAndView badRequest(String problem) {
        ModelAndView page = page(HttpStatus.BAD_REQUEST);
        page.addObject("problem", problem);
        return page;
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        // model attributes of controller advice do not reach views chosen by exception handlers
        page.addObject("viewer", Viewer.current());
        return page;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
