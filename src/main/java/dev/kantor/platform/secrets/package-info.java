/**
 * Secrets Kantor must keep to use them again (an IMAP mailbox's password), sealed at rest with AES-GCM under
 * the operator's key ({@code kantor.secrets.key}), so that a copy of the database alone reveals none of them.
 */
package dev.kantor.platform.secrets;
