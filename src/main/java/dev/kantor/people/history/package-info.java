/**
 * An employee's and the organisation's history in words: the audit trail stores codes, and this
 * says what they are called today in the reader's language.
 */
package dev.kantor.people.history;
