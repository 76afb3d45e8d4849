package dev.kantor.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.support.BindingAwareModelMap;

import static org.assertj.core.api.Assertions.assertThat;

class FormBindingTest {

    record DayForm(String day, String note) {}

    /** What Spring MVC leaves when a record form's field fails to bind: no form in the model, a problem. */
    private static BindingResult failedToBind(BindingAwareModelMap model) {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(null, "form");
        result.addError(new FieldError("form", "day", "not-a-day", true, new String[] {"typeMismatch"}, null, "bad"));
        model.addAttribute("form", null);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        return result;
    }

    @Test
    void aFormTheHandlerReceivedButSpringDidNotBindIsPutInTheModelWithTheProblems() {
        BindingAwareModelMap model = new BindingAwareModelMap();
        BindingResult binding = failedToBind(model);
        DayForm received = new DayForm(null, "typed");

        BindingResult kept = FormBinding.kept(received, binding, model);

        assertThat(model.get("form")).isSameAs(received);
        assertThat(model.get(BindingResult.MODEL_KEY_PREFIX + "form")).isSameAs(kept);
        assertThat(kept.getFieldValue("day")).isEqualTo("not-a-day");
        assertThat(kept.getFieldValue("note")).isEqualTo("typed");
    }

    @Test
    void aFormSpringBuiltIsKeptAsItIs() {
        BindingAwareModelMap model = new BindingAwareModelMap();
        DayForm typed = new DayForm("2026-03-02", "typed");
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(typed, "form");
        model.addAttribute("form", typed);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);

        BindingResult kept = FormBinding.kept(typed, binding, model);

        assertThat(kept).isSameAs(binding);
        assertThat(model.get("form")).isSameAs(typed);
    }
}
