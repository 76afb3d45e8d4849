package dev.kantor.platform.web;

import dev.kantor.platform.security.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the {@link Viewer}. */
@ControllerAdvice
class ViewerAdvice {

    @ModelAttribute("viewer")
    Viewer viewer() {
        return CurrentUser.get().map(Viewer::of).orElse(Viewer.ANONYMOUS);
    }
}
