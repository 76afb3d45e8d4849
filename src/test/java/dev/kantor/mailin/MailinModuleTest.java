package dev.kantor.mailin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kantor.cases.InboundMail;
import dev.kantor.cases.InboundMail.Delivered;
import dev.kantor.cases.NewCase;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.routing.TopicCatalogue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The inbound e-mail module on its own, with the platform only: a customer's mail opens one case
 * through cases' {@link InboundMail} however often it is received (a relay posting twice, a node
 * reading it again), and an automatic reply opens none. Cases and routing stand in as mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform")
class MailinModuleTest {

    @Autowired
    InboundMailboxes mailboxes;

    @MockitoBean
    InboundMail cases;

    @MockitoBean
    TopicCatalogue topics;

    @MockitoBean
    dev.kantor.people.People people;

    long relay;

    @BeforeEach
    void aRelayMailbox() {
        when(topics.isKnown("returns")).thenReturn(true);
        when(cases.bySentMessageId(anyCollection())).thenReturn(Optional.empty());
        when(cases.byReference(anyString())).thenReturn(Optional.empty());
        when(cases.open(any(NewCase.class), anyList(), any()))
                .thenReturn(new Delivered(7, "KTR-2026-000007", true, false, List.of()));
        relay = SystemUser.call(() -> mailboxes.connectWebhook("Relay", "returns", "en"));
    }

    static byte[] mail(String headers) {
        return ("From: Wulan <wulan@example.com>\r\nSubject: Door\r\nMessage-ID: <" + UUID.randomUUID()
                        + "@example.com>\r\n" + headers + "\r\nThe door is dented.\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMailReceivedTwiceOpensOneCase() {
        byte[] raw = mail("");

        assertThat(mailboxes.receive(relay, raw)).isEqualTo("OPENED");
        assertThat(mailboxes.receive(relay, raw)).isEqualTo("DUPLICATE");

        verify(cases, times(1)).open(any(NewCase.class), anyList(), any());
    }

    @Test
    void anAutomaticReplyOpensNone() {
        assertThat(mailboxes.receive(relay, mail("X-Autoreply: yes\r\n"))).isEqualTo("IGNORED");

        verify(cases, never()).open(any(NewCase.class), anyList(), any());
    }
}
