/**
 * E-mail to Kantor's own staff: a module queues a letter in the transaction that causes it, in the
 * recipient's language, as plain text and HTML from its Thymeleaf templates; a job sends it, one node
 * per mail, as the customers' outbox does.
 */
package dev.kantor.platform.mail;
