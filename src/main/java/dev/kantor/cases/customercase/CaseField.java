package dev.kantor.cases.customercase;

/**
 * The fields of a case that people change and may change at the same time. A change based on an
 * older version of the case is refused only when the same field changed since; messages on the
 * timeline only append and never conflict.
 */
public enum CaseField {
    STATUS,
    OWNER,
    PRIORITY
}
