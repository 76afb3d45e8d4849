/**
 * Canned replies: answers written once in English and Indonesian, kept for a team or for one
 * employee, and inserted into a reply with the customer's name, the case's reference and the
 * agent's name filled in, in the customer's language.
 */
package dev.kantor.cases.canned;
