package dev.kantor.cases.customers;

import java.util.List;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.FieldProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer panel's forms on a case's page: correcting the customer's contact details, and (for
 * managers and admins) finding a duplicate record of the same person and merging it into this one.
 * Each answers on the case page it was sent from.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class CustomerController {

    private final CustomerRecords records;
    private final CustomerSearch search;
    private final FieldProblems fieldProblems;
    private final MessageSource messages;

    CustomerController(
            CustomerRecords records, CustomerSearch search, FieldProblems fieldProblems, MessageSource messages) {
        this.records = records;
        this.search = search;
        this.fieldProblems = fieldProblems;
        this.messages = messages;
    }

    @PostMapping("/customers/{id}")
    String edit(
            @PathVariable long id,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String language,
            @RequestParam int version,
            @RequestParam long caseId,
            RedirectAttributes redirect) {
        return answer(
                caseId,
                redirect,
                "customers.saved",
                () -> records.edit(id, new CustomerRecords.ContactDetails(fullName, email, phone, language), version));
    }

    /** Other records that may be the same person, as the merge picker lists them while the manager types. */
    @GetMapping("/customers/{id}/duplicates")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String duplicates(
            @PathVariable long id, @RequestParam(required = false) String q, @RequestParam long caseId, Model model) {
        List<Customer> found = search.find(q).stream().filter(c -> c.id() != id).toList();
        model.addAttribute("found", found);
        model.addAttribute("customerId", id);
        model.addAttribute("caseId", caseId);
        model.addAttribute("searched", q != null && q.strip().length() >= 2);
        return "cases/customer :: duplicates";
    }

    @PostMapping("/customers/{id}/merge")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String merge(
            @PathVariable long id,
            @RequestParam long duplicateId,
            @RequestParam long caseId,
            RedirectAttributes redirect) {
        return answer(caseId, redirect, "customers.merged", () -> records.merge(id, duplicateId));
    }

    private String answer(long caseId, RedirectAttributes redirect, String successKey, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", text(successKey));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("failure", fieldProblems.of(e, field -> "customers.field." + field));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", text("error.concurrent-change"));
        }
        return "redirect:/cases/" + caseId + "#customer-panel";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
