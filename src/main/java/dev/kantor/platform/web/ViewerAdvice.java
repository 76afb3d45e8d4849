package dev.kantor.platform.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the {@link Viewer}; pages rendered by exception handlers add it themselves. */
@ControllerAdvice
class ViewerAdvice {

    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewer.current();
    }
}
