package dev.kantor.cases.portal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.attachments.Attachment;
import dev.kantor.cases.attachments.CaseAttachments;
import dev.kantor.cases.attachments.FileDownloads;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.portal.CustomerPortal.CustomerView;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.i18n.Languages;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.web.FormBinding;
import dev.kantor.platform.web.FormProblems;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public customer portal: customers write in without an account, then follow their case,
 * reply and rate the service through the private link they get by e-mail. Nobody signs in, so
 * every request is treated as coming from a stranger: limited per address, checked, and a wrong
 * link never tells whether some other link would work. Whoever writes through a private link is
 * recorded as the customer, so a signed-in employee who opens one gets the read-only preview and
 * cannot reply or rate there.
 */
@Controller
@RequestMapping("/portal")
class PortalController {

    private static final String FORM = "portal/form";
    private static final String THANKS = "portal/thanks";
    private static final String UNKNOWN = "portal/unknown";
    /** Tokens are URL-safe Base64 (see PrivateLinks); anything else is answered at once, without a query. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");
    /** The rating form calls the service's "rating" the stars it shows. */
    private static final Map<String, String> RATING_FIELDS = Map.of("rating", "stars");

    private final CustomerPortal portal;
    private final PortalRateLimiter limits;
    private final PortalCasePage page;
    private final MessageSource messages;
    private final CaseAttachments attachments;
    private final FileDownloads downloads;

    private final TopicCatalogue topics;

    PortalController(
            CustomerPortal portal,
            PortalRateLimiter limits,
            PortalCasePage page,
            MessageSource messages,
            CaseAttachments attachments,
            FileDownloads downloads,
            TopicCatalogue topics) {
        this.downloads = downloads;
        this.topics = topics;
        this.attachments = attachments;
        this.portal = portal;
        this.limits = limits;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping
    String initCreationForm(Model model) {
        model.addAttribute("form", PortalCaseForm.empty());
        return form(model);
    }

    @PostMapping
    String processCreationForm(
            @ModelAttribute("form") PortalCaseForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        BindingResult result = FormBinding.kept(form, binding, model);
        if (staffSignedIn()) {
            // a case written here is the customer's own words: staff log theirs on "Log a contact"
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return form(model);
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = limits.submissions().take(address);
        if (wait.isPresent()) {
            tooMany(wait.get(), model, response);
            return form(model);
        }
        if (form.filledInByRobot()) {
            // the robot sees the thank-you page a person would see, and learns nothing to adapt to
            return "redirect:/portal/thanks";
        }
        try {
            refuseUnread(result);
            // the files are checked before anything is written: a refused file keeps the case back too
            CustomerCase opened = portal.open(form.toNewCase(customerLanguage()), attachments.check(form.files()));
            redirect.addFlashAttribute("reference", opened.getReference());
            redirect.addFlashAttribute("token", opened.getAccessToken());
            redirect.addFlashAttribute("email", form.email().strip());
            return "redirect:/portal/thanks";
        } catch (InvalidInput e) {
            limits.submissions().giveBack(address);
            bind(e, result, Map.of(), model);
            return form(model);
        }
    }

    /**
     * After a case was opened: its reference and private link, carried over the redirect as flash
     * attributes. Reloaded later (or after the honeypot) it only says thank you.
     */
    @GetMapping("/thanks")
    String thanks(Model model) {
        model.addAttribute("here", "/portal/thanks");
        return THANKS;
    }

    /** The case through its private link; a signed-in employee who opens it gets the read-only preview. */
    @GetMapping("/cases/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<CustomerView> view = view(token);
        if (view.isEmpty()) {
            return unknown(model, response);
        }
        if (staffSignedIn()) {
            return staffPreview(view.get(), token, model);
        }
        model.addAttribute("replyForm", PortalReplyForm.empty());
        model.addAttribute("ratingForm", PortalRatingForm.empty());
        return page.forCustomer(view.get(), token, model);
    }

    /**
     * A file on the case, through the private link: only one that came with something the customer
     * reads. A wrong link, another case's file and an internal one all answer like a wrong link.
     */
    @GetMapping("/cases/{token}/files/{fileId}")
    String file(@PathVariable String token, @PathVariable long fileId, Model model, HttpServletResponse response) {
        Optional<Attachment> file =
                token != null && TOKEN.matcher(token).matches() ? portal.file(token, fileId) : Optional.empty();
        if (file.isEmpty()) {
            return unknown(model, response);
        }
        downloads.send(file.get(), response);
        return null;
    }

    /** Any other address under the cases, such as a link cut short or with a slash too many, is just as wrong. */
    @GetMapping({"/cases", "/cases/**"})
    String malformed(Model model, HttpServletResponse response) {
        return unknown(model, response);
    }

    @PostMapping("/cases/{token}/reply")
    String reply(
            @PathVariable String token,
            @ModelAttribute("replyForm") PortalReplyForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("ratingForm", PortalRatingForm.empty());
        BindingResult result = FormBinding.kept(form, binding, model);
        return followUp(
                token,
                "portal.case.reply-sent",
                () -> {
                    refuseUnread(result);
                    // the files are checked before anything is written: a refused file keeps the message back too
                    portal.reply(token, form.text(), attachments.check(form.files()));
                },
                e -> bind(e, result, Map.of(), model),
                model,
                request,
                response,
                redirect);
    }

    @PostMapping("/cases/{token}/rating")
    String rate(
            @PathVariable String token,
            @ModelAttribute("ratingForm") PortalRatingForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("replyForm", PortalReplyForm.empty());
        BindingResult result = FormBinding.kept(form, binding, model);
        return followUp(
                token,
                "portal.case.rated",
                () -> {
                    refuseUnread(result);
                    portal.rate(token, form.starCount(), form.comment());
                },
                e -> {
                    if ("case.rating-range".equals(e.messageKey())) {
                        result.rejectValue("stars", e.messageKey(), e.args(), e.messageKey());
                    } else {
                        bind(e, result, RATING_FIELDS, model);
                    }
                },
                model,
                request,
                response,
                redirect);
    }

    /**
     * What a reply and a rating share: a wrong link answers like any wrong link, the address's
     * follow-up allowance is checked, and a refused input gives the allowance back and shows the
     * case again with the problem.
     */
    private String followUp(
            String token,
            String successKey,
            Runnable change,
            java.util.function.Consumer<KantorException> refused,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (staffSignedIn()) {
            // whatever an employee wrote here would be recorded as the customer's: refused, and said why
            Optional<CustomerView> view = view(token);
            if (view.isEmpty()) {
                return unknown(model, response);
            }
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("failure", text("portal.staff-cannot-write"));
            return staffPreview(view.get(), token, model);
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = limits.followUps().take(address);
        Optional<CustomerView> view = view(token);
        if (view.isEmpty()) {
            return unknown(model, response);
        }
        if (wait.isPresent()) {
            tooMany(wait.get(), model, response);
            return page.forCustomer(view.get(), token, model);
        }
        try {
            change.run();
            redirect.addFlashAttribute("success", text(successKey));
            return "redirect:/portal/cases/" + token;
        } catch (KantorException e) {
            limits.followUps().giveBack(address);
            refused.accept(e);
            // the case may have changed meanwhile (closed, say): show it as it is now
            return page.forCustomer(view(token).orElse(view.get()), token, model);
        }
    }

    /**
     * A field that could not be read (text that cannot be stored, say) is no empty field: nothing
     * is stored, and the page shows the binding's own problem next to the field.
     */
    private static void refuseUnread(BindingResult result) {
        if (result.hasErrors()) {
            throw new InvalidInput(List.of());
        }
    }

    private String form(Model model) {
        model.addAttribute("topics", topics.codes());
        model.addAttribute("types", List.of(CaseType.values()));
        model.addAttribute("here", "/portal");
        model.addAttribute("staffSignedIn", staffSignedIn());
        return FORM;
    }

    private String staffPreview(CustomerView view, String token, Model model) {
        return page.preview(
                view,
                "/portal/cases/" + token,
                UriComponentsBuilder.fromPath("/cases")
                        .queryParam("q", view.reference())
                        .toUriString(),
                "/portal/cases/" + token + "/files/",
                model);
    }

    /** A signed-in employee, who may look at a customer's page but never write on it as the customer. */
    private static boolean staffSignedIn() {
        return CurrentUser.get().isPresent();
    }

    /** The same page and status for every wrong link, whatever is wrong with it. */
    private String unknown(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("here", "/portal");
        return UNKNOWN;
    }

    private void tooMany(Duration wait, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        model.addAttribute("tooMany", true);
    }

    private Optional<CustomerView> view(String token) {
        return token != null && TOKEN.matcher(token).matches() ? portal.view(token) : Optional.empty();
    }

    /** Customers hear from us in the language they wrote in: the one the page is shown in. */
    private static String customerLanguage() {
        Locale locale = LocaleContextHolder.getLocale();
        return (Languages.isIndonesian(locale) ? Languages.INDONESIAN : Languages.ENGLISH).getLanguage();
    }

    /**
     * Problems next to their fields, one per field (the first is the one to fix); a broken rule
     * that belongs to no field (a closed case, say) above the page.
     */
    private void bind(KantorException e, BindingResult result, Map<String, String> fieldNames, Model model) {
        if (e instanceof InvalidInput) {
            FormProblems.bind(e, result, fieldNames);
        } else {
            model.addAttribute("failure", text(e.messageKey(), e.args()));
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
