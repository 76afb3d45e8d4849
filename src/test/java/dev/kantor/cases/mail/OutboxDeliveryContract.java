package dev.kantor.cases.mail;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import jakarta.mail.internet.MimeMessage;

import dev.kantor.cases.mail.OutboxMail.Delivery;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox as several nodes send it, through a real SMTP server (GreenMail): each mail is
 * claimed, sent, then marked sent, so a node that dies between the claim and the mark loses no
 * mail; the mail goes out again once the claim runs out, with the same Message-ID; two nodes on
 * one database never both send one mail; failures wait longer each time and say why. Runs on H2
 * and on PostgreSQL through its subclasses, on a database of its own migrated by Flyway, without
 * an application context: each sender here stands for a node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OutboxDeliveryContract {

    private static final String FROM = "layanan@sinarmaju.example";
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final OutboxSender.Policy POLICY =
            new OutboxSender.Policy(CLAIM, Duration.ofMinutes(1), Duration.ofMinutes(30), 4);

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    JdbcClient jdbc;
    final TestClock clock = new TestClock();
    Outbox outbox;

    /** A new, empty database for this class. */
    abstract DataSource database();

    @BeforeAll
    void migrate() {
        DataSource database = database();
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc = JdbcClient.create(database);
        // queues mails only: this one has no mail server, the nodes below do
        outbox = new Outbox(
                jdbc,
                clock,
                new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class),
                FROM,
                CLAIM,
                POLICY.firstRetry(),
                POLICY.longestRetry(),
                POLICY.maxAttempts());
    }

    @BeforeEach
    void anEmptyOutbox() {
        jdbc.sql("delete from outbox_mail").update();
    }

    /** A node that stops dead where a test says, as if it were killed. */
    static final class NodeDied extends Error {
        NodeDied() {
            super("the node was killed", null, false, false);
        }
    }

    OutboxSender node(String name, JavaMailSender server, OutboxSender.Interruptions interruptions) {
        return new OutboxSender(jdbc, clock, server, FROM, name, POLICY, interruptions);
    }

    OutboxSender node(String name) {
        return node(name, greenMail(), OutboxSender.Interruptions.NONE);
    }

    JavaMailSender greenMail() {
        JavaMailSenderImpl server = new JavaMailSenderImpl();
        server.setHost("localhost");
        server.setPort(smtp.getSmtp().getPort());
        return server;
    }

    /** A mail server nobody listens on: every attempt fails at once. */
    static JavaMailSender unreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        JavaMailSenderImpl server = new JavaMailSenderImpl();
        server.setHost("localhost");
        server.setPort(port);
        server.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return server;
    }

    long queued(String recipient) {
        outbox.queue(recipient, "[KTR-2026-000123] Kasus Anda", "Yth. Ibu Kartika,\n\nTautan pribadi Anda: ...", null);
        return jdbc.sql("select max(id) from outbox_mail where recipient = ?")
                .param(recipient)
                .query(Long.class)
                .single();
    }

    OutboxMail stored(long id) {
        return jdbc.sql("select * from outbox_mail where id = ?")
                .param(id)
                .query((rs, row) -> Outbox.mail(rs, clock.instant(), POLICY.maxAttempts()))
                .single();
    }

    static String anAddress() {
        return "pelanggan-" + UUID.randomUUID() + "@contoh.example";
    }

    List<MimeMessage> receivedBy(String recipient) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(recipient))) {
                to.add(message);
            }
        }
        return to;
    }

    @Test
    void aMailGoesOutOnceWithTheMessageIdGivenWhenItWasQueued() throws Exception {
        String customer = anAddress();
        long id = queued(customer);
        String messageId = stored(id).messageId();
        assertThat(messageId).matches("<[0-9a-f-]{36}@sinarmaju\\.example>");
        assertThat(stored(id).delivery()).isEqualTo(Delivery.WAITING);

        assertThat(node("a").sendDue(50)).isEqualTo(1);
        assertThat(node("a").sendDue(50)).isZero();
        assertThat(node("b").sendDue(50)).isZero();

        assertThat(receivedBy(customer)).singleElement().satisfies(m -> assertThat(m.getMessageID())
                .isEqualTo(messageId));
        OutboxMail sent = stored(id);
        assertThat(sent.delivery()).isEqualTo(Delivery.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.claimedUntil()).isNull();
        assertThat(sent.messageId()).isEqualTo(messageId);
    }

    @Test
    void aNodeKilledAfterTheServerAcceptedTheMailLosesNothingAndTheResendKeepsTheMessageId() throws Exception {
        String customer = anAddress();
        long id = queued(customer);
        OutboxSender dying = node("dying", greenMail(), new OutboxSender.Interruptions() {
            @Override
            public void accepted(OutboxMail mail) {
                throw new NodeDied();
            }
        });

        assertThatThrownBy(() -> dying.sendDue(50)).isInstanceOf(NodeDied.class);

        // the customer has the mail, but nothing says so: the claim holds it from the other nodes meanwhile
        assertThat(receivedBy(customer)).hasSize(1);
        assertThat(stored(id).delivery()).isEqualTo(Delivery.SENDING);
        assertThat(node("other").sendDue(50))
                .as("claimed by the node that died")
                .isZero();

        // when the claim runs out, another node sends it again, as the same message
        clock.advance(CLAIM.plusSeconds(1));
        assertThat(stored(id).delivery()).isEqualTo(Delivery.RETRYING);
        assertThat(node("other").sendDue(50)).isEqualTo(1);

        List<MimeMessage> received = receivedBy(customer);
        assertThat(received).hasSize(2);
        assertThat(received.get(1).getMessageID())
                .isEqualTo(received.get(0).getMessageID())
                .isEqualTo(stored(id).messageId());
        assertThat(stored(id).delivery()).isEqualTo(Delivery.SENT);
        assertThat(stored(id).attempts()).isEqualTo(2);
        assertThat(node("other").sendDue(50)).isZero();
    }

    @Test
    void aNodeKilledBeforeHandingTheMailOverLeavesItForAnotherNodeOnceTheClaimRunsOut() throws Exception {
        String customer = anAddress();
        long id = queued(customer);
        OutboxSender dying = node("dying", greenMail(), new OutboxSender.Interruptions() {
            @Override
            public void claimed(OutboxMail mail) {
                throw new NodeDied();
            }
        });

        assertThatThrownBy(() -> dying.sendDue(50)).isInstanceOf(NodeDied.class);
        clock.advance(CLAIM.minusSeconds(1));
        assertThat(node("other").sendDue(50)).as("the claim still holds").isZero();
        assertThat(receivedBy(customer)).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        assertThat(node("other").sendDue(50)).isEqualTo(1);

        assertThat(receivedBy(customer)).singleElement().satisfies(m -> assertThat(m.getMessageID())
                .isEqualTo(stored(id).messageId()));
        assertThat(stored(id).delivery()).isEqualTo(Delivery.SENT);
    }

    @Test
    void aFailedMailWaitsLongerEachTimeSaysWhyAndIsGivenUpAfterTheLastAttempt() throws Exception {
        String customer = anAddress();
        long id = queued(customer);
        OutboxSender cutOff = node("cut-off", unreachable(), OutboxSender.Interruptions.NONE);

        assertThat(cutOff.sendDue(50)).isZero();
        OutboxMail failed = stored(id);
        assertThat(failed.delivery()).isEqualTo(Delivery.RETRYING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.failure()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(cutOff.sendDue(50)).as("not before its time").isZero();
        assertThat(stored(id).attempts()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        cutOff.sendDue(50);
        assertThat(stored(id).attempts()).isEqualTo(2);
        assertThat(stored(id).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(2));
        cutOff.sendDue(50);
        clock.advance(Duration.ofMinutes(4));
        cutOff.sendDue(50);
        OutboxMail givenUp = stored(id);
        assertThat(givenUp.attempts()).isEqualTo(POLICY.maxAttempts());
        assertThat(givenUp.delivery()).isEqualTo(Delivery.GAVE_UP);
        assertThat(givenUp.nextAttemptAt()).isNull();

        clock.advance(Duration.ofDays(1));
        assertThat(node("a").sendDue(50)).as("nobody tries again").isZero();
        assertThat(receivedBy(customer)).isEmpty();
    }

    @Test
    void aMailThatFailedOnceGoesOutLaterWithItsMessageId() throws Exception {
        String customer = anAddress();
        long id = queued(customer);
        String messageId = stored(id).messageId();

        node("cut-off", unreachable(), OutboxSender.Interruptions.NONE).sendDue(50);
        clock.advance(Duration.ofMinutes(1));
        assertThat(node("a").sendDue(50)).isEqualTo(1);

        assertThat(receivedBy(customer)).singleElement().satisfies(m -> assertThat(m.getMessageID())
                .isEqualTo(messageId));
        assertThat(stored(id).failure()).isNull();
        assertThat(stored(id).delivery()).isEqualTo(Delivery.SENT);
    }

    @Test
    void aMailQueuedWithoutAMessageIdGetsOneKeptForEveryAttempt() throws Exception {
        String customer = anAddress();
        long id = queued(customer);
        jdbc.sql("update outbox_mail set message_id = null where id = ?")
                .param(id)
                .update();
        OutboxSender dying = node("dying", greenMail(), new OutboxSender.Interruptions() {
            @Override
            public void accepted(OutboxMail mail) {
                throw new NodeDied();
            }
        });

        assertThatThrownBy(() -> dying.sendDue(50)).isInstanceOf(NodeDied.class);
        String given = stored(id).messageId();
        assertThat(given).isNotBlank();
        clock.advance(CLAIM.plusSeconds(1));
        node("other").sendDue(50);

        assertThat(receivedBy(customer)).hasSize(2).allSatisfy(m -> assertThat(m.getMessageID())
                .isEqualTo(given));
    }

    @Test
    void twoNodesOnOneDatabaseNeverBothSendOneMail() throws Exception {
        int mails = 40;
        Set<String> customers = new HashSet<>();
        for (int i = 0; i < mails; i++) {
            String customer = anAddress();
            customers.add(customer);
            queued(customer);
        }
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<Integer>> nodes = new ArrayList<>();
        for (String name : List.of("node-1", "node-2")) {
            OutboxSender node = node(name);
            nodes.add(() -> {
                start.await();
                int sent = 0;
                for (int round = 0; round < 5; round++) {
                    sent += node.sendDue(mails);
                }
                return sent;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int sent = 0;
        try {
            for (Future<Integer> result : pool.invokeAll(nodes)) {
                sent += result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(sent).isEqualTo(mails);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(mails);
        Set<String> to = new HashSet<>();
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage message : received) {
            to.add(message.getAllRecipients()[0].toString());
            messageIds.add(message.getMessageID());
        }
        assertThat(to).isEqualTo(customers);
        assertThat(messageIds).hasSize(mails);
        assertThat(jdbc.sql("select attempts from outbox_mail")
                        .query(Integer.class)
                        .list())
                .as("each mail claimed once")
                .hasSize(mails)
                .containsOnly(1);
    }

    @Test
    void eachRetryWaitsTwiceAsLongUpToTheLongestWait() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 12).stream()
                        .map(POLICY::retryAfter)
                        .map(Duration::toMinutes))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    /** The nodes' clock, which a test moves on; it starts now, with the real time as the databases keep it. */
    static final class TestClock extends Clock {

        private final AtomicReference<Instant> now =
                new AtomicReference<>(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

        void advance(Duration by) {
            now.updateAndGet(at -> at.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
