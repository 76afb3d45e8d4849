/**
 * Receiving mail, exactly once: from IMAP mailboxes a node claims and polls, or from a mail relay
 * posting to a webhook; each mail recorded by its Message-ID before anything is done about it, in
 * the transaction that opens or reaches its case.
 */
package dev.kantor.mailin.receiving;
