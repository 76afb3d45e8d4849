package dev.kantor.cases.customercase;

import java.time.Instant;
import java.util.Optional;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.Priority;

/**
 * One change of a case's status, owner or priority, with the case version it made.
 *
 * @param from       the value before, as stored: a status or priority name, an owner's employee id,
 *                   or null (no owner)
 * @param to         the value after, in the same form
 * @param by         the employee who changed it; null for the customer or Kantor itself
 * @param byCustomer whether the customer changed it (by writing to a case waiting on them)
 */
public record FieldChange(
        long caseId, int version, CaseField field, String from, String to, Long by, boolean byCustomer, Instant at) {

    /** The status before, for a status change. */
    public Optional<CaseStatus> statusFrom() {
        return named(CaseStatus.class, CaseField.STATUS, from);
    }

    /** The status after, for a status change. */
    public Optional<CaseStatus> statusTo() {
        return named(CaseStatus.class, CaseField.STATUS, to);
    }

    /** The owner before, for an owner change; empty when nobody owned the case. */
    public Optional<Long> ownerFrom() {
        return owner(from);
    }

    /** The owner after, for an owner change; empty when nobody owns the case now. */
    public Optional<Long> ownerTo() {
        return owner(to);
    }

    /** The priority before, for a priority change. */
    public Optional<Priority> priorityFrom() {
        return named(Priority.class, CaseField.PRIORITY, from);
    }

    /** The priority after, for a priority change. */
    public Optional<Priority> priorityTo() {
        return named(Priority.class, CaseField.PRIORITY, to);
    }

    FieldChange madeBy(long savedCase, int savedVersion) {
        return new FieldChange(savedCase, savedVersion, field, from, to, by, byCustomer, at);
    }

    private Optional<Long> owner(String value) {
        if (field != CaseField.OWNER || value == null || !value.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.valueOf(value));
    }

    private <E extends Enum<E>> Optional<E> named(Class<E> type, CaseField of, String value) {
        if (field != of || value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
