package dev.kantor.mailin.mailboxes;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;

/**
 * Why reading a mailbox failed, as Kantor words it: a message key shown in the reader's language, and the
 * server's own text (what an IMAP server answered), shown after Kantor's sentence as it is.
 *
 * @param key    the message key of Kantor's sentence; its {@code {0}} is the detail
 * @param detail the server's own text, or what was not handled; null when Kantor's sentence says it all
 */
public record MailboxFailure(String key, String detail) {

    public static final String HOST_UNKNOWN = "mailin.error.host-unknown";
    public static final String CONNECTION_REFUSED = "mailin.error.connection-refused";
    public static final String TIMED_OUT = "mailin.error.timed-out";
    public static final String TLS = "mailin.error.tls";
    public static final String LOGIN_REFUSED = "mailin.error.login-refused";
    public static final String FOLDER_NOT_FOUND = "mailin.error.folder-not-found";
    public static final String SECRETS_KEY = "mailin.error.secrets-key";
    public static final String TEAM_WITHOUT_TOPIC = "mailin.error.team-without-topic";
    public static final String UNREADABLE_MAIL = "mailin.error.unreadable-mail";
    public static final String MAILS_NOT_HANDLED = "mailin.error.mails-not-handled";
    public static final String OTHER = "mailin.error.other";

    /** The stored password cannot be opened with the configured secrets key: the admin enters it again. */
    public static MailboxFailure passwordUnreadable() {
        return new MailboxFailure(SECRETS_KEY, null);
    }

    /**
     * Why the mail server could not be read: the first cause Kantor knows, looked for along the chain of causes
     * (jakarta.mail wraps a socket's failure in its own exception), with the server's text as the detail.
     */
    public static MailboxFailure reading(Throwable failure) {
        String detail = text(failure);
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            String key = keyOf(cause);
            if (key != null) {
                return new MailboxFailure(key, detail);
            }
        }
        return new MailboxFailure(OTHER, detail);
    }

    /** Mails were not handled this round: named by the message key of Kantor's refusal, or the kind of failure. */
    public static MailboxFailure mailsNotHandled(String why) {
        if ("mailin.mailbox.team-without-topic".equals(why)) {
            return new MailboxFailure(TEAM_WITHOUT_TOPIC, null);
        }
        return new MailboxFailure(MAILS_NOT_HANDLED, why);
    }

    /** A mail that is not a mail Kantor can read (it is left seen, not read again). */
    public static MailboxFailure unreadableMail() {
        return new MailboxFailure(UNREADABLE_MAIL, null);
    }

    private static String keyOf(Throwable cause) {
        if (cause instanceof AuthenticationFailedException) {
            return LOGIN_REFUSED;
        }
        if (cause instanceof FolderNotFoundException) {
            return FOLDER_NOT_FOUND;
        }
        if (cause instanceof UnknownHostException) {
            return HOST_UNKNOWN;
        }
        if (cause instanceof ConnectException) {
            return CONNECTION_REFUSED;
        }
        if (cause instanceof SocketTimeoutException) {
            return TIMED_OUT;
        }
        if (cause instanceof SSLException) {
            return TLS;
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String text(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message.strip();
    }
}
