/**
 * E-mail to customers: the outbox, sending it through SMTP once per mail across nodes, and what
 * each mail says.
 */
package dev.kantor.cases.mail;
