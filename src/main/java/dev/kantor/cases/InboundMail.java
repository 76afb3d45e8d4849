package dev.kantor.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Mail customers write, as a module that receives it asks cases (implemented by cases): which case
 * a reply belongs to, whether a Message-ID is one of Kantor's own, and writing a mail onto a new or
 * an existing case with its files, which pass the case desk's attachment checks and limits.
 */
public interface InboundMail {

    /** The longest text a mail's message may have on a case: the longest any customer message may. */
    int MAX_TEXT = dev.kantor.cases.intake.CaseIntake.MAX_MESSAGE;

    /** A case a mail may belong to, with what decides whether a reply reopens it. */
    record MailCase(long id, String reference, CaseStatus status, Instant resolvedAt, String customerEmail) {}

    /** A file that came with a mail, as its sender named it. */
    record MailFile(String fileName, byte[] content) {}

    /**
     * What became of a mail: the case it is on, whether that case was opened by it or reopened,
     * and the files left out (too many, too large, empty or of a kind Kantor does not keep) with
     * their names.
     */
    record Delivered(long caseId, String reference, boolean opened, boolean reopened, List<String> filesLeftOut) {}

    /** The case with this reference, such as {@code KTR-2026-000123}. */
    Optional<MailCase> byReference(String reference);

    /** The case one of these Message-IDs of mails Kantor sent its customer belongs to. */
    Optional<MailCase> bySentMessageId(Collection<String> messageIds);

    /** Whether Kantor wrote a mail with this Message-ID (to a customer or to staff): a mail coming back. */
    boolean isOwnMessageId(String messageId);

    /**
     * Opens a case the customer wrote in by mail (its channel {@link Channel#EMAIL}), for the
     * customer found by address or a new one, with the files kept on the customer's message.
     *
     * @param html the mail's HTML made safe ({@link dev.kantor.platform.html.SafeHtml}), shown to staff for the
     *             customer's message; null for none. The message's text is {@code input}'s.
     * @throws dev.kantor.platform.InvalidInput naming {@link NewCase}'s fields that are wrong
     */
    Delivered open(NewCase input, List<MailFile> files, String html);

    /**
     * Writes the customer's message on their case, reopening it when it waits on them or is
     * resolved; the caller decides beforehand whether a resolved case is still to be reopened.
     *
     * @param html the mail's HTML made safe, shown to staff for this message; null for none
     * @throws dev.kantor.platform.KantorException when the case is closed
     */
    Delivered addCustomerMessage(long caseId, String text, List<MailFile> files, String html);
}
