/**
 * The mailboxes admins connect, their pages and REST API (admins only), and what health says of them:
 * the IMAP password and the webhook secret are written, never shown or logged.
 */
package dev.kantor.mailin.mailboxes;
