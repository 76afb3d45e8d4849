package dev.kantor.mailin.reading;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells mail written by a machine from mail a customer wrote, so that Kantor never opens a case
 * for, or answers, an auto-reply, a bounce, a mailing list or its own mail coming back: two
 * automatic responders answering each other would otherwise write without end.
 */
public final class LoopRules {

    private static final Set<String> BULK = Set.of("bulk", "junk", "list");
    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster", "mail-daemon");

    private final String ownAddress;
    private final Predicate<String> ownMessageId;

    /**
     * @param ownAddress   the address Kantor sends from, lower case (mail from it is Kantor's own)
     * @param ownMessageId whether a Message-ID is one of a mail Kantor sent
     */
    public LoopRules(String ownAddress, Predicate<String> ownMessageId) {
        this.ownAddress = ownAddress == null ? "" : ownAddress.toLowerCase(Locale.ROOT);
        this.ownMessageId = ownMessageId;
    }

    /** Why the mail is left alone, or empty when a customer wrote it. */
    public Optional<IgnoreReason> ignored(ReceivedMail mail) {
        String autoSubmitted = lower(mail.header("Auto-Submitted"));
        if (autoSubmitted != null && !autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no")) {
            return Optional.of(IgnoreReason.AUTO_SUBMITTED);
        }
        String precedence = lower(mail.header("Precedence"));
        if (precedence != null && BULK.contains(precedence)) {
            return Optional.of(IgnoreReason.BULK);
        }
        if (mail.header("X-Autoreply") != null
                || mail.header("X-Autorespond") != null
                || mail.header("X-Autoresponder") != null) {
            return Optional.of(IgnoreReason.AUTO_REPLY);
        }
        if (mail.report()) {
            return Optional.of(IgnoreReason.DELIVERY_REPORT);
        }
        String returnPath = mail.header("Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return Optional.of(IgnoreReason.MAILER_DAEMON);
        }
        if (mail.fromAddress() == null) {
            return Optional.of(IgnoreReason.NO_SENDER);
        }
        String local =
                mail.fromAddress().substring(0, Math.max(0, mail.fromAddress().indexOf('@')));
        if (DAEMONS.contains(local)) {
            return Optional.of(IgnoreReason.MAILER_DAEMON);
        }
        if (mail.fromAddress().equals(ownAddress)
                || (mail.messageId() != null && ownMessageId.test(mail.messageId()))) {
            return Optional.of(IgnoreReason.OWN_MAIL);
        }
        return Optional.empty();
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
