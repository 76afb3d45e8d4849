package dev.kantor.cases.customers;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.i18n.Languages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping customer records right: correcting a customer's contact details, and merging two records
 * of the same person into one. Both are audited; an edit names the version it was made on, so that
 * of two people correcting the same customer the second is told rather than overwriting.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
public class CustomerRecords {

    static final String AUDITED = "customer";

    /** A customer's contact details as an employee corrects them. */
    public record ContactDetails(String fullName, String email, String phone, String language) {}

    private final Customers customers;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CustomerRecords(Customers customers, JdbcClient jdbc, AuditTrail audit) {
        this.customers = customers;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Corrects a customer's name, e-mail address, phone and language.
     *
     * @param version the version the details were read at: refused (a concurrent change) when the
     *                record changed since
     */
    public Customer edit(long customerId, ContactDetails details, int version) {
        String email = blankToNull(details.email());
        new InputCheck()
                .required("fullName", details.fullName(), 120)
                .email("email", email)
                .maxLength("email", email, 160)
                .maxLength("phone", details.phone(), 30)
                .required("language", details.language())
                .that(
                        details.language() == null
                                || Languages.of(details.language()).isPresent(),
                        "language",
                        "validation.unknown-language",
                        details.language())
                .throwIfAny();
        Customer before = load(customerId);
        if (before.version() != version) {
            throw KantorException.conflict("error.concurrent-change");
        }
        Customer after = customers.save(new Customer(
                before.id(),
                details.fullName().strip(),
                email == null ? null : email.strip().toLowerCase(Locale.ROOT),
                blankToNull(details.phone()) == null ? null : details.phone().strip(),
                Languages.of(details.language()).orElseThrow().getLanguage(),
                before.createdAt(),
                before.version()));
        audit.changed(AUDITED, customerId, after.fullName(), AuditAction.UPDATED, snapshot(before), snapshot(after));
        return after;
    }

    /**
     * Merges a duplicate record of the same person into the one kept: the duplicate's cases (with
     * their timelines and ratings) move to the kept record, which keeps its own details, and the
     * duplicate is gone. For managers and admins, who decide two records are one person.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Customer merge(long keptId, long duplicateId) {
        if (keptId == duplicateId) {
            throw KantorException.invalid("customers.merge-same");
        }
        Customer kept = load(keptId);
        Customer duplicate = load(duplicateId);
        int moved = jdbc.sql("update customer_case set customer_id = ? where customer_id = ?")
                .params(keptId, duplicateId)
                .update();
        customers.deleteById(duplicateId);
        Map<String, String> merged = new LinkedHashMap<>();
        merged.put("mergedFrom", duplicateId + " " + duplicate.fullName());
        merged.put("casesMoved", String.valueOf(moved));
        audit.noted(AUDITED, keptId, kept.fullName(), AuditAction.UPDATED, merged);
        Map<String, String> gone = snapshot(duplicate);
        gone.put("mergedInto", String.valueOf(keptId));
        audit.deleted(AUDITED, duplicateId, duplicate.fullName(), gone);
        return load(keptId);
    }

    private Customer load(long id) {
        return customers.findById(id).orElseThrow(() -> KantorException.notFound("customers.not-found", id));
    }

    private static Map<String, String> snapshot(Customer c) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("fullName", c.fullName());
        s.put("email", c.email() == null ? "" : c.email());
        s.put("phone", c.phone() == null ? "" : c.phone());
        s.put("language", c.language());
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
