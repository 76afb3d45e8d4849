package dev.kantor.mailin.receiving;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;

import dev.kantor.mailin.mailboxes.ImapAccess;
import dev.kantor.mailin.mailboxes.MailboxFailure;
import dev.kantor.mailin.mailboxes.Mailboxes;
import dev.kantor.mailin.reading.UnreadableMail;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.secrets.SecretUnreadable;

import io.swagger.v3.oas.annotations.media.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads IMAP mailboxes over TLS (IMAPS), one node at a time per mailbox: the node claims the mailbox
 * for a while ({@link Mailboxes#claim}), hands each unseen mail to {@link MailDesk}, and marks it
 * seen on the server only after that committed. A node that dies between the two leaves the mail
 * unseen; whoever reads it next finds it received already and only marks it seen. A mailbox that
 * cannot be read keeps the error for admins and health; a mail that cannot be handled now stays
 * unseen and is tried again on the next round.
 */
@Component
public class ImapReader {

    /** How a round of reading went: the mails handled, and whether the mailbox was taken by another node. */
    @Schema(name = "MailboxReadRound", description = "How reading an IMAP mailbox went")
    public record Round(
            @Schema(description = "false when another node is reading the mailbox at this moment: nothing was read")
                    boolean claimed,
            @Schema(description = "The mails handled") int received,
            @Schema(description = "The mails that could not be handled now: they stay unseen, for the next round")
                    int failed,
            @Schema(
                            description =
                                    "Why the mailbox cannot be read, or why mails were not handled, in the caller's "
                                            + "language (Accept-Language) with the server's own text after it; "
                                            + "none when all went well")
                    String error)
            // the page carries it to the next request as a flash attribute, in the session, which lives in the database
            implements java.io.Serializable {}

    private static final Logger log = LoggerFactory.getLogger(ImapReader.class);
    private static final int MAX_PER_ROUND = 200;
    /** jakarta.mail's properties of the imaps protocol begin so. */
    private static final String IMAPS = "mail.imaps.";

    private final Mailboxes mailboxes;
    private final MailDesk desk;
    private final Duration claimFor;
    private final Set<String> trustedHosts;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + " "
            + UUID.randomUUID().toString().substring(0, 8);

    ImapReader(
            Mailboxes mailboxes,
            MailDesk desk,
            @Value("${kantor.mailin.claim-for:PT5M}") Duration claimFor,
            @Value("${kantor.mailin.trusted-hosts:}") Set<String> trustedHosts) {
        this.mailboxes = mailboxes;
        this.desk = desk;
        this.claimFor = claimFor;
        this.trustedHosts = trustedHosts;
    }

    /**
     * Reads a mailbox once, as this node; nothing when another node holds it. The round's error is in the
     * language of the request that asked (English for the poller); the mailbox keeps its key for every reader.
     */
    public Round read(long mailboxId) {
        if (!mailboxes.claim(mailboxId, node, claimFor)) {
            return new Round(false, 0, 0, null);
        }
        try {
            ImapAccess access;
            try {
                access = mailboxes.imapAccess(mailboxId).orElse(null);
            } catch (SecretUnreadable e) {
                // the key was changed or lost: the admin enters the password again; nothing is read meanwhile
                log.warn("Mailbox {}: its password cannot be opened: {}", mailboxId, e.getMessage());
                MailboxFailure failure = MailboxFailure.passwordUnreadable();
                mailboxes.readBadly(mailboxId, failure);
                return new Round(true, 0, 0, mailboxes.describe(failure, LocaleContextHolder.getLocale()));
            }
            if (access == null) {
                return new Round(true, 0, 0, null);
            }
            Reading reading = read(mailboxId, access);
            if (reading.failure() == null) {
                mailboxes.readWell(mailboxId);
                return new Round(true, reading.received(), reading.failed(), null);
            }
            mailboxes.readBadly(mailboxId, reading.failure());
            return new Round(
                    true,
                    reading.received(),
                    reading.failed(),
                    mailboxes.describe(reading.failure(), LocaleContextHolder.getLocale()));
        } finally {
            mailboxes.release(mailboxId, node);
        }
    }

    /** What a round did, and why it failed if it did. */
    private record Reading(int received, int failed, MailboxFailure failure) {}

    private Reading read(long mailboxId, ImapAccess access) {
        int received = 0;
        int failed = 0;
        MailboxFailure lastFailure = null;
        Session session = Session.getInstance(properties(access));
        try (Store store = session.getStore("imaps")) {
            store.connect(access.host(), access.port(), access.username(), access.password());
            Folder folder = store.getFolder(access.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (int i = 0; i < Math.min(unseen.length, MAX_PER_ROUND); i++) {
                    Message message = unseen[i];
                    try {
                        desk.receive(mailboxId, raw(message));
                        received++;
                        // after the commit: a node dying before this leaves it unseen, and it is found received
                        message.setFlag(Flags.Flag.SEEN, true);
                    } catch (UnreadableMail e) {
                        // not a mail: left seen, so that it is not read again and again
                        message.setFlag(Flags.Flag.SEEN, true);
                        failed++;
                        lastFailure = MailboxFailure.unreadableMail();
                    } catch (RuntimeException e) {
                        failed++;
                        lastFailure = MailboxFailure.mailsNotHandled(
                                e instanceof KantorException refused
                                        ? refused.messageKey()
                                        : e.getClass().getSimpleName());
                        log.warn("Mailbox {}: a mail could not be handled, tried again next round", mailboxId, e);
                    }
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException | IllegalStateException e) {
            // the server's own words (never the password, which Kantor does not put in a message)
            log.warn("Mailbox {} ({}) cannot be read: {}", mailboxId, access, e.getMessage());
            return new Reading(received, failed, MailboxFailure.reading(e));
        }
        return new Reading(received, failed, lastFailure);
    }

    private Properties properties(ImapAccess access) {
        Properties p = new Properties();
        p.put(IMAPS + "ssl.enable", "true");
        p.put(IMAPS + "ssl.checkserveridentity", "true");
        p.put(IMAPS + "connectiontimeout", "10000");
        p.put(IMAPS + "timeout", "30000");
        p.put(IMAPS + "writetimeout", "30000");
        if (trustedHosts.contains(access.host())) {
            // a relay on the business's own network with its own certificate, named by the operator: its
            // certificate is trusted as it is, without a CA and whatever name it carries
            p.put(IMAPS + "ssl.trust", access.host());
            p.put(IMAPS + "ssl.checkserveridentity", "false");
        }
        return p;
    }

    private static byte[] raw(Message message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("The mail could not be fetched", e);
        }
    }
}
