package dev.kantor.platform.web;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Keeps a form that is a record showable after some of its fields failed to bind (a number that is
 * no number, text that cannot be stored). Spring then builds no record for the binding result to
 * hold, and a page that shows the form again, or a rule that adds its own problem, finds none:
 * {@link #kept} puts the form as the handler received it in the model, behind the binding's problems, so that a
 * template reads the form's properties without guarding against null ({@code form?.}).
 */
public final class FormBinding {

    private FormBinding() {}

    /**
     * @return the binding result to add problems to and to show: {@code result} itself when it
     *         holds a form, else a copy of its problems about {@code form}, put in the model in its place
     */
    public static BindingResult kept(Object form, BindingResult result, Model model) {
        if (result.getTarget() != null || form == null) {
            return result;
        }
        BeanPropertyBindingResult kept = new BeanPropertyBindingResult(form, result.getObjectName());
        result.getAllErrors().forEach(kept::addError);
        // the model holds no form when Spring built none: the page reads the form the handler received (putting it
        // there makes the model forget the old binding result, so the kept one goes in after it)
        model.addAttribute(result.getObjectName(), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), kept);
        return kept;
    }
}
