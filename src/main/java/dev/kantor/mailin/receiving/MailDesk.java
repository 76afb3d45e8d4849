package dev.kantor.mailin.receiving;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.InboundMail;
import dev.kantor.cases.InboundMail.Delivered;
import dev.kantor.cases.InboundMail.MailCase;
import dev.kantor.cases.NewCase;
import dev.kantor.mailin.mailboxes.Mailbox;
import dev.kantor.mailin.mailboxes.Mailboxes;
import dev.kantor.mailin.reading.CaseReferences;
import dev.kantor.mailin.reading.Clipped;
import dev.kantor.mailin.reading.IgnoreReason;
import dev.kantor.mailin.reading.LoopRules;
import dev.kantor.mailin.reading.MailReader;
import dev.kantor.mailin.reading.ReceivedMail;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.i18n.Languages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens to one mail, exactly once, in one transaction: its key (Message-ID, or a hash of the
 * whole mail when it has none) is recorded first; then a mail written by a machine or come back to
 * Kantor is recorded as ignored with the reason ({@link LoopRules}), a sender writing too often is
 * throttled, a reply reaches its case (by In-Reply-To/References to a mail Kantor sent or one the
 * customer sent before, or by the case's reference in the subject when the customer of that case
 * writes), reopening it when it waits or was resolved lately; anything else opens a case. If the
 * transaction fails or the node dies before it commits, nothing of it stays, the key neither, and
 * the mail is received again; once committed, a second receipt finds the key taken and does nothing.
 */
@Service
public class MailDesk {

    /** What became of a mail, and the case it opened or reached. */
    public record Received(Outcome outcome, String reason, String caseReference) {}

    private final InboundMail cases;
    private final ReceivedMessages received;
    private final Mailboxes mailboxes;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String ownAddress;
    private final int throttleMails;
    private final Duration throttleWithin;

    MailDesk(
            InboundMail cases,
            ReceivedMessages received,
            Mailboxes mailboxes,
            MessageSource messages,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${kantor.mail.from:kantor@localhost}") String from,
            @Value("${kantor.mailin.throttle.mails:10}") int throttleMails,
            @Value("${kantor.mailin.throttle.within:PT10M}") Duration throttleWithin) {
        this.cases = cases;
        this.received = received;
        this.mailboxes = mailboxes;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.ownAddress = addressOf(from);
        this.throttleMails = throttleMails;
        this.throttleWithin = throttleWithin;
    }

    /**
     * Receives a raw mail (RFC 822) in a mailbox.
     *
     * @throws dev.kantor.mailin.reading.UnreadableMail when it is not a mail Kantor can read
     */
    public Received receive(long mailboxId, byte[] raw) {
        return receive(mailboxId, raw, () -> {});
    }

    /** As {@link #receive(long, byte[])}, running {@code beforeCommit} last in the transaction (tests stop there). */
    Received receive(long mailboxId, byte[] raw, Runnable beforeCommit) {
        Mailbox mailbox = mailboxes
                .find(mailboxId)
                .orElseThrow(() -> KantorException.notFound("mailin.mailbox.not-found", mailboxId));
        ReceivedMail mail = MailReader.read(raw);
        String key = keyOf(mail, raw);
        try {
            return transaction.execute(status -> {
                Received result = act(mailbox, mail, key);
                beforeCommit.run();
                return result;
            });
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            // another node (or this one, earlier) recorded it first
            if (received.known(key)) {
                return new Received(Outcome.DUPLICATE, null, null);
            }
            throw e;
        }
    }

    private Received act(Mailbox mailbox, ReceivedMail mail, String key) {
        Instant now = clock.instant();
        String sender = mail.fromAddress() == null ? null : Clipped.of(mail.fromAddress(), 320);
        long id = received.claim(key, mailbox.id(), now, sender, Clipped.of(mail.subject(), 300));
        Optional<IgnoreReason> ignored =
                new LoopRules(ownAddress, cases::isOwnMessageId).ignored(mail).or(() -> unanswerable(sender));
        if (ignored.isPresent()) {
            return finish(id, Outcome.IGNORED, ignored.get().name(), null);
        }
        if (received.actedOnSince(sender, now.minus(throttleWithin)) >= throttleMails) {
            return finish(id, Outcome.THROTTLED, null, null);
        }
        Locale language = Languages.of(mailbox.language()).orElse(Languages.INDONESIAN);
        String text = textOf(mail, language);
        Optional<MailCase> answered = caseAnswered(mail, sender);
        if (answered.isEmpty()) {
            return finish(
                    id,
                    Outcome.OPENED,
                    null,
                    cases.open(newCase(mailbox, mail, text, language), mail.files(), mail.html()));
        }
        MailCase c = answered.get();
        boolean tooLate = c.status() == CaseStatus.CLOSED
                || (c.status() == CaseStatus.RESOLVED
                        && c.resolvedAt() != null
                        && c.resolvedAt()
                                .plus(Duration.ofDays(mailbox.reopenDays()))
                                .isBefore(now));
        if (tooLate) {
            String mention = messages.getMessage("mailin.follow-up-of", new Object[] {c.reference()}, language);
            NewCase followUp =
                    newCase(mailbox, mail, Clipped.of(mention + "\n\n" + text, InboundMail.MAX_TEXT), language);
            return finish(id, Outcome.FOLLOW_UP, null, cases.open(followUp, mail.files(), mail.html()));
        }
        Delivered delivered = cases.addCustomerMessage(c.id(), text, mail.files(), mail.html());
        return finish(id, delivered.reopened() ? Outcome.REOPENED : Outcome.ADDED, null, delivered);
    }

    /**
     * The case a mail answers: one Kantor sent a mail of, or the customer did; else the reference in
     * the subject, but only when the case's own customer writes, so that a reference alone lets nobody
     * else write on a case.
     */
    private Optional<MailCase> caseAnswered(ReceivedMail mail, String sender) {
        return cases.bySentMessageId(mail.answers())
                .or(() -> received.caseOf(mail.answers()).flatMap(cases::byReference))
                .or(() -> CaseReferences.inSubject(mail.subject())
                        .flatMap(cases::byReference)
                        .filter(c -> sender.equalsIgnoreCase(c.customerEmail())));
    }

    private Received finish(long id, Outcome outcome, String reason, Delivered delivered) {
        String why = reason;
        if (delivered != null && !delivered.filesLeftOut().isEmpty() && why == null) {
            why = "FILES_LEFT_OUT";
        }
        received.finish(
                id,
                outcome,
                why,
                delivered == null ? null : delivered.caseId(),
                delivered == null ? null : delivered.reference());
        return new Received(outcome, why, delivered == null ? null : delivered.reference());
    }

    private NewCase newCase(Mailbox mailbox, ReceivedMail mail, String text, Locale language) {
        String sender = mail.fromAddress();
        String name = mail.fromName() != null && !mail.fromName().isBlank()
                ? mail.fromName()
                : sender.substring(0, sender.indexOf('@'));
        String subject = mail.subject().isBlank() ? firstLine(text) : mail.subject();
        if (subject.isBlank()) {
            subject = messages.getMessage("mailin.no-subject", null, language);
        }
        return new NewCase(
                Clipped.of(name, 120),
                sender,
                null,
                mailbox.language(),
                Channel.EMAIL,
                CaseType.QUESTION,
                topicOf(mailbox),
                null,
                Clipped.of(subject, 200),
                text);
    }

    /**
     * The topic of the cases a mailbox opens: its own, or for a team's mailbox the first active topic that falls
     * back to the team, so that the case waits in that team's queue as routing knows it. A team no topic falls
     * back to any more refuses the mail, which nothing records: it stays unseen (IMAP) or the relay posts it
     * again, until an admin gives the team a topic or the mailbox another target.
     */
    private String topicOf(Mailbox mailbox) {
        if (mailbox.topic() != null) {
            return mailbox.topic();
        }
        return mailboxes
                .teamTopic(mailbox.teamDepartmentId())
                .orElseThrow(() -> KantorException.conflict("mailin.mailbox.team-without-topic"));
    }

    private String textOf(ReceivedMail mail, Locale language) {
        String text = Clipped.of(mail.text(), InboundMail.MAX_TEXT);
        if (text == null || text.isBlank()) {
            text = Clipped.of(mail.subject(), InboundMail.MAX_TEXT);
        }
        if (text == null || text.isBlank()) {
            text = messages.getMessage("mailin.empty-mail", null, language);
        }
        return text;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }

    private static Optional<IgnoreReason> unanswerable(String sender) {
        return sender == null || new InputCheck().email("email", sender).hasProblems()
                ? Optional.of(IgnoreReason.NO_SENDER)
                : Optional.empty();
    }

    /** The key a mail is known by: its Message-ID, or the SHA-256 of the whole mail when it has none. */
    static String keyOf(ReceivedMail mail, byte[] raw) {
        if (mail.messageId() != null && mail.messageId().length() <= 300) {
            return mail.messageId();
        }
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String addressOf(String from) {
        try {
            return new InternetAddress(from).getAddress().toLowerCase(Locale.ROOT);
        } catch (AddressException | RuntimeException e) {
            return from == null ? "" : from.strip().toLowerCase(Locale.ROOT);
        }
    }
}
