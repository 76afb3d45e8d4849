/**
 * Opening cases from every channel in named steps: the page for logging a contact, the API, and
 * contact volumes.
 */
package dev.kantor.cases.intake;
