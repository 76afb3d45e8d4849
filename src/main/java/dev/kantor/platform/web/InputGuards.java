package dev.kantor.platform.web;

import java.time.LocalDate;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

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
}
