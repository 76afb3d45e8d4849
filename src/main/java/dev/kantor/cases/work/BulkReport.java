package dev.kantor.cases.work;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A bulk change as the queue reports it: how many cases changed, and each refused case with why, in
 * the reader's language. Serializable: it crosses the redirect as a flash attribute, kept in the
 * session store.
 */
public record BulkReport(long changed, List<Refused> refused) implements Serializable {

    /** A refused case: its reference (or id, for one that does not exist) and the reason. */
    public record Refused(long caseId, String reference, String reason) implements Serializable {}

    public BulkReport {
        refused = List.copyOf(refused);
    }

    static BulkReport of(List<BulkResult> results, MessageSource messages, Locale locale) {
        return new BulkReport(
                results.stream().filter(BulkResult::changed).count(),
                results.stream()
                        .filter(r -> !r.changed())
                        .map(r -> new Refused(
                                r.caseId(),
                                r.reference(),
                                messages.getMessage(
                                        r.refusal().messageKey(),
                                        r.refusal().args(),
                                        r.refusal().messageKey(),
                                        locale)))
                        .toList());
    }
}
