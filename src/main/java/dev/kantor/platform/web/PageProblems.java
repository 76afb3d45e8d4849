package dev.kantor.platform.web;

import dev.kantor.platform.KantorException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Failures the pages do not handle themselves, shown on the localized error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    @ExceptionHandler(KantorException.class)
    ModelAndView rule(KantorException e) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        return page(status);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView concurrentChange() {
        return page(HttpStatus.CONFLICT);
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        // model attributes of controller advice do not reach views chosen by exception handlers
        page.addObject("viewer", Viewer.current());
        return page;
    }
}
