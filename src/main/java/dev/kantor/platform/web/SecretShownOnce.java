package dev.kantor.platform.web;

import java.net.URI;
import java.util.Locale;
import java.util.function.Supplier;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The flow of pages and operations that make a secret Kantor shows once and keeps no copy of (an API
 * token, a webhook's signing secret): the answer that shows it is never stored by a cache
 * ({@code no-store}), and the secret goes into that one answer only, never into the session. The other
 * actions of such a page (revoke, delete, resume...) answer with a redirect and their message flashed,
 * so that reloading the page repeats nothing; a refusal shows the page again with why.
 */
@Component
public class SecretShownOnce {

    private final MessageSource messages;
    private final FieldProblems fieldProblems;

    SecretShownOnce(MessageSource messages, FieldProblems fieldProblems) {
        this.messages = messages;
        this.fieldProblems = fieldProblems;
    }

    /** The API's answer to a request that made a secret: 201 with its address, never cached. */
    public static <T> ResponseEntity<T> created(String location, T withSecret) {
        return ResponseEntity.created(URI.create(location))
                .cacheControl(CacheControl.noStore())
                .body(withSecret);
    }

    /**
     * One page of such a flow, for this request: no cache keeps this answer.
     *
     * @param fieldKeys the start of the message keys that label the form's fields, e.g. {@code tokens.field.}
     * @param view fills the model with the page and answers its view
     */
    public Page page(Model model, HttpServletResponse response, String fieldKeys, Supplier<String> view) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return new Page(model, fieldKeys, view);
    }

    /** A page that may show a secret made just now; see {@link SecretShownOnce}. */
    public final class Page {

        private final Model model;
        private final String fieldKeys;
        private final Supplier<String> view;

        private Page(Model model, String fieldKeys, Supplier<String> view) {
            this.model = model;
            this.fieldKeys = fieldKeys;
            this.view = view;
        }

        /** The page as it is (with a message flashed by the action before, if any). */
        public String show() {
            return view.get();
        }

        /** Makes what has a secret and shows it on this answer, once (model attribute {@code made}), or shows why not. */
        public String make(Supplier<?> making) {
            refusedOr(() -> model.addAttribute("made", making.get()));
            return view.get();
        }

        /**
         * Runs an action that shows no secret: when done, its message is flashed and the browser goes to
         * {@code then}; when refused, this page shows why.
         */
        public String act(RedirectAttributes flash, String then, Runnable action, String doneKey, Object... doneArgs) {
            if (refusedOr(action)) {
                return view.get();
            }
            flash.addFlashAttribute("success", text(doneKey, doneArgs));
            return "redirect:" + then;
        }

        /** @return whether the action was refused (and the page told why) */
        private boolean refusedOr(Runnable action) {
            try {
                action.run();
                return false;
            } catch (InvalidInput e) {
                model.addAttribute("failure", fieldProblems.of(e, field -> fieldKeys + field));
            } catch (KantorException e) {
                model.addAttribute("failure", text(e.messageKey(), e.args()));
            }
            return true;
        }
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
