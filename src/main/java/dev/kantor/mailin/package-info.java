/**
 * Inbound e-mail: the mailboxes admins connect (IMAP over TLS, or a webhook a mail relay posts raw
 * messages to), and every mail a customer writes there opening a case or reaching its case, exactly
 * once, with auto-replies, bounces and mail loops recognised and left alone.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Inbound e-mail",
        allowedDependencies = {"cases", "routing", "people", "platform"})
package dev.kantor.mailin;
