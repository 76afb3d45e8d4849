package dev.kantor.mailin.mailboxes;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Kantor names the common reasons a mailbox cannot be read, and keeps the server's own text as the detail. */
class MailboxFailureTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(
                        new MessagingException("connect failed", new UnknownHostException("imap.nowhere.example")),
                        MailboxFailure.HOST_UNKNOWN),
                Arguments.of(
                        new MailConnectException(new SocketConnectException(
                                "Using socket factory",
                                new ConnectException("Connection refused"),
                                "127.0.0.1",
                                1,
                                10)),
                        MailboxFailure.CONNECTION_REFUSED),
                Arguments.of(
                        new MessagingException("read", new SocketTimeoutException("Read timed out")),
                        MailboxFailure.TIMED_OUT),
                Arguments.of(
                        new MessagingException("tls", new SSLHandshakeException("PKIX path building failed")),
                        MailboxFailure.TLS),
                Arguments.of(
                        new AuthenticationFailedException("[AUTHENTICATIONFAILED] Invalid credentials"),
                        MailboxFailure.LOGIN_REFUSED),
                Arguments.of(new FolderNotFoundException(null, "Archive not found"), MailboxFailure.FOLDER_NOT_FOUND),
                Arguments.of(new MessagingException("something else"), MailboxFailure.OTHER));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void namesTheReasonAndKeepsTheServersText(Exception failure, String key) {
        MailboxFailure named = MailboxFailure.reading(failure);

        assertThat(named.key()).isEqualTo(key);
        assertThat(named.detail()).isEqualTo(failure.getMessage());
    }

    @Test
    void aTeamWithoutTopicIsKantorsOwnSentenceWithoutDetail() {
        assertThat(MailboxFailure.mailsNotHandled("mailin.mailbox.team-without-topic"))
                .isEqualTo(new MailboxFailure(MailboxFailure.TEAM_WITHOUT_TOPIC, null));
        assertThat(MailboxFailure.passwordUnreadable().key()).isEqualTo(MailboxFailure.SECRETS_KEY);
    }
}
