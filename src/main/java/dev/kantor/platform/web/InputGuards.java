package dev.kantor.platform.web;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Optional;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InputCheck;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The rules every request parameter, path variable and form field obeys, on every page and API
 * endpoint, new ones included: text holds only characters that can be stored, and a date lies
 * within the years Kantor keeps. A broken rule is a type mismatch of that field, reported
 * against it (a 400 problem naming the parameter in the API, the field's message on a form).
 * JSON bodies obey the same rules through {@link JsonInputGuards}.
 */
@ControllerAdvice
class InputGuards {

    @InitBinder
    void guard(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StorableTextEditor());
        binder.registerCustomEditor(LocalDate.class, new BoundedDateEditor());
        binder.setBindingErrorProcessor(new GuardedBindingErrors());
    }

    /** What is wrong with a parameter or path variable that could not be read, named as the request names it. */
    static FieldProblem problemOf(TypeMismatchException e) {
        String field =
                e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        boolean date = e.getRequiredType() != null && Temporal.class.isAssignableFrom(e.getRequiredType());
        return refusal(field, e.getCause())
                .orElseGet(() -> new FieldProblem(field, date ? "error.bad-date" : "error.bad-value"));
    }

    /** The guards' own reason for refusing a field's value, if a guard refused it. */
    static Optional<FieldProblem> refusal(String field, Throwable cause) {
        Throwable reason = cause instanceof ConversionFailedException failed ? failed.getCause() : cause;
        if (reason instanceof StorableTextEditor.UnstorableText) {
            return Optional.of(new FieldProblem(field, "validation.unstorable"));
        }
        if (reason instanceof BoundedDateEditor.DateOutOfBounds) {
            return Optional.of(
                    new FieldProblem(field, "validation.date-range", InputCheck.EARLIEST_YEAR, InputCheck.LATEST_YEAR));
        }
        return Optional.empty();
    }
}
