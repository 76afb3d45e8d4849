package dev.kantor.mailin.reading;

/** Why a mail opens no case and reaches none: it was written by a machine, or came back to Kantor. */
public enum IgnoreReason {
    /** {@code Auto-Submitted} other than {@code no} (RFC 3834). */
    AUTO_SUBMITTED,
    /** {@code Precedence: bulk}, {@code junk} or {@code list}. */
    BULK,
    /** {@code X-Autoreply} or {@code X-Autorespond}: an out-of-office or similar. */
    AUTO_REPLY,
    /** A delivery-status report ({@code multipart/report}): a bounce. */
    DELIVERY_REPORT,
    /** From a mailer daemon or postmaster, or with an empty return path: a bounce. */
    MAILER_DAEMON,
    /** A mail Kantor sent itself (its Message-ID, or Kantor's own address as the sender). */
    OWN_MAIL,
    /** No sender address to answer or to find the customer by. */
    NO_SENDER
}
