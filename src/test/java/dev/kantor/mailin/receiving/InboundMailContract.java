package dev.kantor.mailin.receiving;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.InboundMail;
import dev.kantor.cases.InboundMail.MailCase;
import dev.kantor.mailin.reading.MailReader;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;
import dev.kantor.support.AtOnce;
import dev.kantor.support.PublishedApi;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inbound e-mail end to end, through a real IMAP server over TLS (GreenMail) and the webhook: a new
 * mail opens a case, a reply (by In-Reply-To to Kantor's mail, or by the reference in the subject)
 * reaches the same case, an auto-reply does nothing, a crash before the commit leaves nothing and the
 * mail is then handled once, two nodes at once make one case, a sender writing too often is throttled,
 * and a mailbox that cannot be read shows why. Admins only. Runs on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class InboundMailContract {

    private static final String ADDRESS = "layanan@sinarmaju.example";
    private static final String PASSWORD = "imap-Secret-42";

    @RegisterExtension
    final GreenMailExtension imap = new GreenMailExtension(imaps());

    /** IMAP over TLS on a free port, given time to start on a busy machine. */
    private static com.icegreen.greenmail.util.ServerSetup imaps() {
        com.icegreen.greenmail.util.ServerSetup setup = ServerSetupTest.IMAPS.dynamicPort();
        setup.setServerStartupTimeout(20_000);
        return setup;
    }

    @LocalServerPort
    int port;

    @Autowired
    MailDesk desk;

    @Autowired
    ImapReader reader;

    @Autowired
    InboundMail cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    dev.kantor.mailin.mailboxes.Mailboxes mailboxesOf;

    @Autowired
    dev.kantor.routing.TopicCatalogue topics;

    GreenMailUser user;
    final List<Long> mailboxes = new ArrayList<>();

    @BeforeEach
    void mailServer() {
        user = imap.setUser(ADDRESS, "layanan", PASSWORD);
    }

    @AfterEach
    void switchOff() throws Exception {
        // later tests see no mailbox of ours failing in health
        for (long id : mailboxes) {
            call(
                    "admin",
                    "PUT",
                    "/api/mailin/mailboxes/" + id,
                    """
                    {"name": "off", "topic": "returns", "language": "en", "active": false}""");
        }
    }

    Answer call(String user, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        return ApiCalls.call(port, user, method, path, body, headers);
    }

    long imapMailbox() throws Exception {
        Answer created = call(
                "admin",
                "POST",
                "/api/mailin/mailboxes",
                """
                {"name": "Layanan", "mode": "IMAP", "host": "127.0.0.1", "port": %d, "username": "layanan",
                 "password": "%s", "topic": "returns", "language": "en"}"""
                        .formatted(imap.getImaps().getPort(), PASSWORD));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        assertThat(created.body().toString()).doesNotContain(PASSWORD);
        long id = created.body().get("mailbox").get("id").asLong();
        mailboxes.add(id);
        return id;
    }

    JsonNode webhookMailbox() throws Exception {
        Answer created = call(
                "admin",
                "POST",
                "/api/mailin/mailboxes",
                """
                {"name": "Relay", "mode": "WEBHOOK", "topic": "returns", "language": "id"}""");
        assertThat(created.status()).isEqualTo(201);
        mailboxes.add(created.body().get("mailbox").get("id").asLong());
        return created.body();
    }

    static String mail(String from, String messageId, String subject, String extraHeaders, String text) {
        return "From: " + from + "\r\nTo: " + ADDRESS + "\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId
                + "\r\nDate: Sun, 29 Nov 2026 09:00:00 +0700\r\nMIME-Version: 1.0\r\n" + extraHeaders
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n";
    }

    static String id() {
        return "<" + UUID.randomUUID() + "@customer.example>";
    }

    static String sender() {
        return "wulan." + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
    }

    void deliver(String raw) throws Exception {
        user.deliver(new MimeMessage(
                Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
    }

    ImapReader.Round readNow(long mailbox) throws Exception {
        Answer round = call("admin", "POST", "/api/mailin/mailboxes/" + mailbox + "/read", null);
        assertThat(round.status()).isEqualTo(200);
        assertThat(round.body().get("claimed").asBoolean()).isTrue();
        return new ImapReader.Round(
                true,
                round.body().get("received").asInt(),
                round.body().get("failed").asInt(),
                round.body().path("error").isString()
                        ? round.body().path("error").asString()
                        : null);
    }

    List<JsonNode> messages(long mailbox) throws Exception {
        Answer list = call("admin", "GET", "/api/mailin/mailboxes/" + mailbox + "/messages?size=200", null);
        assertThat(list.status()).isEqualTo(200);
        List<JsonNode> all = new ArrayList<>();
        list.items().forEach(all::add);
        return all;
    }

    JsonNode messageFrom(long mailbox, String from) throws Exception {
        return messages(mailbox).stream()
                .filter(m -> from.equals(m.get("sender").asString()))
                .findFirst()
                .orElseThrow();
    }

    long casesOf(String email) {
        return jdbc.sql(
                        "select count(*) from customer_case c join customer u on u.id = c.customer_id where u.email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    List<String> customerMessages(long caseId) {
        return jdbc.sql("select body from case_entry where case_id = ? and kind = 'CUSTOMER_MESSAGE' order by id")
                .param(caseId)
                .query(String.class)
                .list();
    }

    String sentMessageId(long caseId) {
        return jdbc.sql("select message_id from outbox_mail where case_id = ? order by id desc limit 1")
                .param(caseId)
                .query(String.class)
                .single();
    }

    @Test
    void aNewMailOpensACaseAndAReplyByInReplyToReachesIt() throws Exception {
        long mailbox = imapMailbox();
        String from = sender();
        deliver(mail("Wulan Sari <" + from + ">", id(), "Fridge door dented", "", "The door came dented."));

        assertThat(readNow(mailbox).received()).isEqualTo(1);

        JsonNode received = messageFrom(mailbox, from);
        assertThat(received.get("outcome").asString()).isEqualTo("OPENED");
        MailCase c = cases.byReference(received.get("caseReference").asString()).orElseThrow();
        assertThat(c.customerEmail()).isEqualTo(from);
        assertThat(jdbc.sql("select channel from customer_case where id = ?")
                        .param(c.id())
                        .query(String.class)
                        .single())
                .isEqualTo("EMAIL");
        assertThat(customerMessages(c.id())).containsExactly("The door came dented.");

        // the customer answers the confirmation Kantor sent, while the case waits on them
        jdbc.sql("update customer_case set status = 'WAITING_ON_CUSTOMER' where id = ?")
                .param(c.id())
                .update();
        deliver(mail(
                from,
                id(),
                "Re: something else entirely",
                "In-Reply-To: " + sentMessageId(c.id()) + "\r\n",
                "Here is the photo you asked for."));
        assertThat(readNow(mailbox).received()).isEqualTo(1);

        assertThat(casesOf(from)).isEqualTo(1);
        assertThat(customerMessages(c.id()))
                .containsExactly("The door came dented.", "Here is the photo you asked for.");
        assertThat(cases.byReference(c.reference()).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
        assertThat(messages(mailbox).get(0).get("outcome").asString()).isEqualTo("REOPENED");

        // read again: nothing new, nothing twice
        assertThat(readNow(mailbox).received()).isZero();
        assertThat(customerMessages(c.id())).hasSize(2);
    }

    @Test
    void aReplyByTheReferenceInTheSubjectReachesItsCaseOnlyFromItsCustomer() throws Exception {
        long mailbox = imapMailbox();
        String from = sender();
        deliver(mail(from, id(), "Blender does not fit", "", "Wrong blender."));
        readNow(mailbox);
        String reference = messageFrom(mailbox, from).get("caseReference").asString();
        long caseId = cases.byReference(reference).orElseThrow().id();

        deliver(mail(from, id(), "Re: [" + reference + "] We received your message", "", "Any news?"));
        String stranger = sender();
        deliver(mail(stranger, id(), "Re: [" + reference + "] We received your message", "", "Let me in."));
        readNow(mailbox);

        assertThat(customerMessages(caseId)).containsExactly("Wrong blender.", "Any news?");
        assertThat(casesOf(from)).isEqualTo(1);
        assertThat(messageFrom(mailbox, stranger).get("outcome").asString()).isEqualTo("OPENED");
        assertThat(casesOf(stranger)).isEqualTo(1);
    }

    @Test
    void aReplyToACaseResolvedLongAgoOpensAFollowUpThatNamesIt() throws Exception {
        long mailbox = imapMailbox();
        String from = sender();
        deliver(mail(from, id(), "Oven", "", "Where is my oven?"));
        readNow(mailbox);
        String reference = messageFrom(mailbox, from).get("caseReference").asString();
        long caseId = cases.byReference(reference).orElseThrow().id();
        jdbc.sql("update customer_case set status = 'RESOLVED', resolved_at = ? where id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(30))), caseId)
                .update();

        deliver(mail(from, id(), "Re: oven", "In-Reply-To: " + sentMessageId(caseId) + "\r\n", "It broke again."));
        readNow(mailbox);

        JsonNode followUp = messages(mailbox).get(0);
        assertThat(followUp.get("outcome").asString()).isEqualTo("FOLLOW_UP");
        assertThat(followUp.get("caseReference").asString()).isNotEqualTo(reference);
        assertThat(customerMessages(followUp.get("caseId").asLong()).get(0))
                .contains(reference)
                .contains("It broke again.");
        assertThat(cases.byReference(reference).orElseThrow().status()).isEqualTo(CaseStatus.RESOLVED);
    }

    @Test
    void autoRepliesAndBouncesOpenNothingAndAreRecordedWithTheReason() throws Exception {
        long mailbox = imapMailbox();
        String from = sender();
        deliver(mail(from, id(), "Out of office", "Auto-Submitted: auto-replied\r\n", "I am away."));
        String daemon = "mailer-daemon@customer.example";
        deliver(mail(daemon, id(), "Undelivered Mail", "", "Could not deliver."));
        long outboxBefore =
                jdbc.sql("select count(*) from outbox_mail").query(Long.class).single();

        readNow(mailbox);

        assertThat(casesOf(from)).isZero();
        assertThat(messageFrom(mailbox, from).get("outcome").asString()).isEqualTo("IGNORED");
        assertThat(messageFrom(mailbox, from).get("reason").asString()).isEqualTo("AUTO_SUBMITTED");
        assertThat(messageFrom(mailbox, daemon).get("reason").asString()).isEqualTo("MAILER_DAEMON");
        assertThat(jdbc.sql("select count(*) from outbox_mail")
                        .query(Long.class)
                        .single())
                .as("nobody is answered")
                .isEqualTo(outboxBefore);
    }

    @Test
    void aCrashBeforeTheCommitLeavesNothingAndTheMailIsHandledOnceAfterwards() throws Exception {
        long mailbox = imapMailbox();
        String from = sender();
        String raw = mail(from, id(), "Vacuum too loud", "", "Please take it back.");
        deliver(raw);

        // a node fetched the mail and died before its transaction committed
        assertThatThrownBy(() -> desk.receive(mailbox, raw.getBytes(StandardCharsets.UTF_8), () -> {
                    throw new IllegalStateException("the node died");
                }))
                .hasMessage("the node died");
        assertThat(casesOf(from)).isZero();
        assertThat(messages(mailbox)).isEmpty();

        // after the restart the mail is still unseen on the server, and is handled once
        assertThat(readNow(mailbox).received()).isEqualTo(1);
        assertThat(casesOf(from)).isEqualTo(1);
        // a node that committed but died before marking it seen: received again, nothing done again
        assertThat(desk.receive(mailbox, raw.getBytes(StandardCharsets.UTF_8)).outcome())
                .isEqualTo(Outcome.DUPLICATE);
        assertThat(casesOf(from)).isEqualTo(1);
        assertThat(messages(mailbox)).hasSize(1);
    }

    @Test
    void twoNodesReceivingOneMailAtOnceMakeOneCase() throws Exception {
        long mailbox = imapMailbox();
        String from = sender();
        byte[] raw = mail(from, id(), "Double", "", "Once only.").getBytes(StandardCharsets.UTF_8);
        Callable<Outcome> node = () -> {
            try {
                return desk.receive(mailbox, raw).outcome();
            } catch (RuntimeException e) {
                // a node the database made wait too long tries again next round: nothing done now
                return Outcome.DUPLICATE;
            }
        };

        List<Outcome> outcomes = AtOnce.run(List.of(node, node));

        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.OPENED, Outcome.DUPLICATE);
        assertThat(casesOf(from)).isEqualTo(1);

        // and two pollers at once: one reads, the other finds the mailbox taken
        String second = sender();
        deliver(mail(second, id(), "Another", "", "Hello."));
        Callable<ImapReader.Round> poller = () -> reader.read(mailbox);
        List<ImapReader.Round> rounds = AtOnce.run(List.of(poller, poller));
        assertThat(rounds.stream().mapToInt(ImapReader.Round::received).sum()).isEqualTo(1);
        assertThat(casesOf(second)).isEqualTo(1);
    }

    @Test
    void aMailboxThatCannotBeReadShowsWhyToAdminsAndInHealth() throws Exception {
        long mailbox = imapMailbox();
        Answer changed = call(
                "admin",
                "PUT",
                "/api/mailin/mailboxes/" + mailbox,
                """
                {"name": "Layanan", "host": "127.0.0.1", "port": %d, "username": "layanan",
                 "password": "wrong-Password-9", "topic": "returns", "language": "en"}"""
                        .formatted(imap.getImaps().getPort()));
        assertThat(changed.status()).isEqualTo(200);

        ImapReader.Round round = readNow(mailbox);
        assertThat(round.error()).isNotBlank().doesNotContain("wrong-Password-9");

        JsonNode shown =
                call("admin", "GET", "/api/mailin/mailboxes/" + mailbox, null).body();
        assertThat(shown.get("lastError").asString())
                .as("Kantor's sentence, then the server's own text")
                .startsWith("Login refused by the server: ")
                .hasSizeGreaterThan("Login refused by the server: ".length());
        assertThat(shown.toString()).doesNotContain("wrong-Password-9", PASSWORD);
        Answer health = call("admin", "GET", "/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("DEGRADED");
        assertThat(health.body().get("components").get("mailin").get("status").asString())
                .isEqualTo("DEGRADED");
        assertThat(call(null, "GET", "/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void aRefusedConnectionIsAnsweredInTheCallersLanguageAndInEnglishToHealth() throws Exception {
        long mailbox = imapMailbox();
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // nothing listens there once it is closed
        }
        Answer changed = call(
                "admin",
                "PUT",
                "/api/mailin/mailboxes/" + mailbox,
                """
                {"name": "Layanan", "host": "127.0.0.1", "port": %d, "username": "layanan",
                 "topic": "returns", "language": "en"}"""
                        .formatted(closedPort));
        assertThat(changed.status()).isEqualTo(200);

        Answer round = ApiCalls.call(
                port, "admin", "POST", "/api/mailin/mailboxes/" + mailbox + "/read", null, "Accept-Language", "id");
        assertThat(round.body().get("error").asString()).startsWith("Server menolak sambungan: ");

        Answer inIndonesian = ApiCalls.call(
                port, "admin", "GET", "/api/mailin/mailboxes/" + mailbox, null, "Accept-Language", "id-ID,id;q=0.9");
        assertThat(inIndonesian.body().get("lastError").asString())
                .startsWith("Server menolak sambungan: ")
                .hasSizeGreaterThan("Server menolak sambungan: ".length());
        Answer inEnglish =
                ApiCalls.call(port, "admin", "GET", "/api/mailin/mailboxes?size=200", null, "Accept-Language", "en");
        JsonNode listed = null;
        for (JsonNode m : inEnglish.items()) {
            if (m.get("id").asLong() == mailbox) {
                listed = m;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("lastError").asString()).startsWith("The server refused the connection: ");
        JsonNode health = call("admin", "GET", "/actuator/health", null, "Accept-Language", "id")
                .body()
                .get("components")
                .get("mailin");
        assertThat(health.get("status").asString()).isEqualTo("DEGRADED");
        assertThat(health.toString())
                .contains("The server refused the connection: ")
                .doesNotContain("menolak");
    }

    String storedPassword(long mailbox) {
        return jdbc.sql("select password from mailin_mailbox where id = ?")
                .param(mailbox)
                .query(String.class)
                .single();
    }

    @Test
    void theDatabaseNeverHoldsTheImapPasswordAsTyped() throws Exception {
        long mailbox = imapMailbox();

        assertThat(storedPassword(mailbox)).startsWith("v1:").doesNotContain(PASSWORD);
        deliver(mail(sender(), id(), "Sealed", "", "Read with the sealed password."));
        assertThat(readNow(mailbox).received()).isEqualTo(1);

        Answer changed = call(
                "admin",
                "PUT",
                "/api/mailin/mailboxes/" + mailbox,
                """
                {"name": "Layanan", "host": "127.0.0.1", "port": %d, "username": "layanan",
                 "password": "%s", "topic": "returns", "language": "en"}"""
                        .formatted(imap.getImaps().getPort(), PASSWORD));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(storedPassword(mailbox)).startsWith("v1:").doesNotContain(PASSWORD);
        assertThat(jdbc.sql("select count(*) from audit_event where changes like ?")
                        .param("%" + PASSWORD + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPasswordStoredPlainBeforeIsReadAndSealedOnStart() throws Exception {
        long mailbox = imapMailbox();
        jdbc.sql("update mailin_mailbox set password = ? where id = ?")
                .params(PASSWORD, mailbox)
                .update();
        deliver(mail(sender(), id(), "Legacy", "", "Read with the plain password."));
        assertThat(readNow(mailbox).received()).as("read as it is until sealed").isEqualTo(1);

        assertThat(mailboxesOf.sealPlainPasswords()).isGreaterThanOrEqualTo(1);

        assertThat(storedPassword(mailbox)).startsWith("v1:").doesNotContain(PASSWORD);
        deliver(mail(sender(), id(), "Sealed now", "", "Read with the sealed password."));
        assertThat(readNow(mailbox).received()).isEqualTo(1);
    }

    @Test
    void aPasswordSealedUnderAnotherKeyIsAClearMailboxErrorNotAFailure() throws Exception {
        long mailbox = imapMailbox();
        byte[] otherKey = new byte[32];
        new java.security.SecureRandom().nextBytes(otherKey);
        jdbc.sql("update mailin_mailbox set password = ? where id = ?")
                .params(
                        dev.kantor.platform.secrets.SecretBox.withKey(
                                        java.util.Base64.getEncoder().encodeToString(otherKey))
                                .seal(PASSWORD),
                        mailbox)
                .update();

        ImapReader.Round round = readNow(mailbox);

        assertThat(round.error()).contains("kantor.secrets.key").contains("enter the password again");
        JsonNode shown =
                call("admin", "GET", "/api/mailin/mailboxes/" + mailbox, null).body();
        assertThat(shown.get("lastError").asString()).contains("kantor.secrets.key");
        assertThat(call("admin", "GET", "/actuator/health", null)
                        .body()
                        .get("components")
                        .get("mailin")
                        .get("status")
                        .asString())
                .isEqualTo("DEGRADED");
    }

    @Test
    void aTeamsMailboxOpensItsCasesInThatTeamsQueue() throws Exception {
        dev.kantor.routing.Topic teamTopic = topics.active().stream()
                .filter(t -> t.teamDepartmentId() != null)
                .findFirst()
                .orElseThrow();
        long team = teamTopic.teamDepartmentId();
        String first = topics.active().stream()
                .filter(t -> Long.valueOf(team).equals(t.teamDepartmentId()))
                .findFirst()
                .orElseThrow()
                .code();
        Answer created = call(
                "admin",
                "POST",
                "/api/mailin/mailboxes",
                """
                {"name": "Team relay", "mode": "WEBHOOK", "teamDepartmentId": %d, "language": "id"}"""
                        .formatted(team));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        long mailbox = created.body().get("mailbox").get("id").asLong();
        mailboxes.add(mailbox);
        assertThat(created.body().get("mailbox").get("teamDepartmentId").asLong())
                .isEqualTo(team);
        assertThat(created.body().get("mailbox").has("topic")).isFalse();
        String from = sender();

        Answer posted = post(
                created.body().get("webhookPath").asString(),
                mail(from, id(), "For the team", "", "Hello team."),
                created.body().get("webhookSecret").asString());

        assertThat(posted.body().get("outcome").asString()).isEqualTo("OPENED");
        long caseId = messageFrom(mailbox, from).get("caseId").asLong();
        assertThat(jdbc.sql("select t.team_department_id from customer_case c join topic t on t.code = c.topic"
                                + " where c.id = ?")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .as("the case waits in the team's queue")
                .isEqualTo(team);
        assertThat(jdbc.sql("select topic from customer_case where id = ?")
                        .param(caseId)
                        .query(String.class)
                        .single())
                .isEqualTo(first);
    }

    @Test
    void aMailboxGoesToATopicOrATeamOneOfTheTwo() throws Exception {
        long team = topics.active().stream()
                .filter(t -> t.teamDepartmentId() != null)
                .findFirst()
                .orElseThrow()
                .teamDepartmentId();
        Answer both = call(
                "admin",
                "POST",
                "/api/mailin/mailboxes",
                """
                {"name": "Both", "mode": "WEBHOOK", "topic": "returns", "teamDepartmentId": %d, "language": "id"}"""
                        .formatted(team));
        Answer neither = call(
                "admin",
                "POST",
                "/api/mailin/mailboxes",
                """
                {"name": "Neither", "mode": "WEBHOOK", "language": "id"}""");
        Answer noTopicFallsBack = call(
                "admin",
                "POST",
                "/api/mailin/mailboxes",
                """
                {"name": "Nobody's", "mode": "WEBHOOK", "teamDepartmentId": 987654, "language": "id"}""");

        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().toString()).contains("teamDepartmentId");
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.body().toString()).contains("topic");
        assertThat(noTopicFallsBack.status()).isEqualTo(400);
        assertThat(noTopicFallsBack.body().toString()).contains("teamDepartmentId");
    }

    @Test
    void anAdminDeletesAMailboxItsCredentialsGoAndTheRecordOfItsMailsStays() throws Exception {
        JsonNode relay = webhookMailbox();
        long id = relay.get("mailbox").get("id").asLong();
        String path = relay.get("webhookPath").asString();
        String secret = relay.get("webhookSecret").asString();
        String raw = mail(sender(), id(), "Before the deletion", "", "Hello.");
        assertThat(post(path, raw, secret).status()).isEqualTo(202);
        long imap = imapMailbox();

        assertThat(call("manager", "DELETE", "/api/mailin/mailboxes/" + id, null)
                        .status())
                .isEqualTo(403);
        // a node reading the mailbox holds it: deleting waits for the round to end
        assertThat(mailboxesOf.claim(imap, "another node", java.time.Duration.ofMinutes(5)))
                .isTrue();
        Answer busy = call("admin", "DELETE", "/api/mailin/mailboxes/" + imap, null);
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.contentType()).startsWith("application/problem+json");
        mailboxesOf.release(imap, "another node");

        assertThat(call("admin", "DELETE", "/api/mailin/mailboxes/" + id, null).status())
                .isEqualTo(204);
        assertThat(call("admin", "DELETE", "/api/mailin/mailboxes/" + imap, null)
                        .status())
                .isEqualTo(204);

        assertThat(call("admin", "GET", "/api/mailin/mailboxes/" + id, null).status())
                .isEqualTo(404);
        assertThat(call("admin", "GET", "/api/mailin/mailboxes", null).body().toString())
                .doesNotContain("\"id\":" + id + ",", "\"id\":" + imap + ",");
        assertThat(post(path, mail(sender(), id(), "After", "", "Hello."), secret)
                        .status())
                .isEqualTo(404);
        assertThat(call("admin", "DELETE", "/api/mailin/mailboxes/" + id, null).status())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from mailin_mailbox where id in (?, ?) and password is null"
                                + " and secret_hash is null and active = false")
                        .params(id, imap)
                        .query(Long.class)
                        .single())
                .as("password and secret erased")
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from mailin_message where mailbox_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("the record of its mails stays")
                .isEqualTo(1);
        // the same mail coming again through another mailbox is known by its Message-ID
        long other = webhookMailbox().get("mailbox").get("id").asLong();
        assertThat(desk.receive(other, raw.getBytes(StandardCharsets.UTF_8)).outcome())
                .isEqualTo(Outcome.DUPLICATE);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'mailbox' and entity_id = ?"
                                + " and action = 'DELETED'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRelayPostsRawMailWithTheMailboxSecretAndASenderWritingTooOftenIsThrottled() throws Exception {
        JsonNode relay = webhookMailbox();
        String path = relay.get("webhookPath").asString();
        String secret = relay.get("webhookSecret").asString();
        assertThat(secret).hasSizeGreaterThan(30);
        String from = sender();
        String raw = mail(from, id(), "Via relay", "", "Hello from the relay.");

        assertThat(post(path, raw, "wrong").status()).isEqualTo(404);
        assertThat(post(path, raw, null).status()).isEqualTo(404);
        Answer first = post(path, raw, secret);
        assertThat(first.status()).isEqualTo(202);
        assertThat(first.body().get("outcome").asString()).isEqualTo("OPENED");
        assertThat(post(path, raw, secret).body().get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(casesOf(from)).isEqualTo(1);

        // ten mails acted on within ten minutes; the eleventh is throttled
        for (int i = 0; i < 9; i++) {
            assertThat(post(path, mail(from, id(), "More " + i, "", "Again " + i), secret)
                            .body()
                            .get("outcome")
                            .asString())
                    .isIn("OPENED", "ADDED");
        }
        assertThat(post(path, mail(from, id(), "More", "", "Too much"), secret)
                        .body()
                        .get("outcome")
                        .asString())
                .isEqualTo("THROTTLED");
    }

    @Test
    void aNewSecretReplacesTheOldOneAndWhatIsNotAMailIsRefused() throws Exception {
        JsonNode relay = webhookMailbox();
        long id = relay.get("mailbox").get("id").asLong();
        String path = relay.get("webhookPath").asString();
        String old = relay.get("webhookSecret").asString();

        Answer renewed = call("admin", "POST", "/api/mailin/mailboxes/" + id + "/secret", null);
        assertThat(renewed.status()).isEqualTo(200);
        assertThat(renewed.body().get("webhookPath").asString()).isEqualTo(path);
        String secret = renewed.body().get("webhookSecret").asString();
        assertThat(secret).isNotEqualTo(old).hasSizeGreaterThan(30);

        String raw = mail(sender(), id(), "After the new secret", "", "Hello.");
        assertThat(post(path, raw, old).status()).isEqualTo(404);
        assertThat(post(path, raw, secret).status()).isEqualTo(202);
        Answer empty = post(path, "", secret);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.body().get("type").asString()).isEqualTo("urn:kantor:problem:unreadable");

        // a webhook mailbox is not read, and an IMAP mailbox has no secret: rules, not bad input
        assertThat(call("admin", "POST", "/api/mailin/mailboxes/" + id + "/read", null)
                        .status())
                .isEqualTo(422);
        long imap = imapMailbox();
        assertThat(call("admin", "POST", "/api/mailin/mailboxes/" + imap + "/secret", null)
                        .status())
                .isEqualTo(422);
    }

    @Test
    void aRelayPostingMoreThanAMailMayWeighIsRefusedBeforeTheBodyIsSent() throws Exception {
        JsonNode relay = webhookMailbox();
        String path = relay.get("webhookPath").asString();
        String secret = relay.get("webhookSecret").asString();

        // the relay announces more than a mail may weigh, and sends none of it
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream()
                    .write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port
                                    + "\r\nContent-Type: message/rfc822\r\nAccept: application/json, "
                                    + "application/problem+json\r\n" + WebhookRestController.SECRET_HEADER + ": "
                                    + secret + "\r\nContent-Length: " + (MailReader.MAX_BYTES + 1) + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            RawAnswer answer = RawAnswer.read(socket.getInputStream());

            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.headers().get("content-type").get(0)).startsWith("application/problem+json");
            assertThat(answer.body()).contains("urn:kantor:problem:too-large");
            PublishedApi.check(
                    port,
                    "POST",
                    path,
                    Map.of(
                            "Content-Type",
                            List.of("message/rfc822"),
                            WebhookRestController.SECRET_HEADER,
                            List.of(secret)),
                    null,
                    answer.status(),
                    answer.headers(),
                    answer.body());
        }
    }

    /** An HTTP/1.1 answer read off a socket: its status, headers (names in lower case) and body. */
    record RawAnswer(int status, Map<String, List<String>> headers, String body) {

        static RawAnswer read(InputStream in) throws IOException {
            DataInputStream data = new DataInputStream(new BufferedInputStream(in));
            int status = Integer.parseInt(line(data).split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String header = line(data); !header.isEmpty(); header = line(data)) {
                int colon = header.indexOf(':');
                headers.computeIfAbsent(
                                header.substring(0, colon).strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                        .add(header.substring(colon + 1).strip());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (headers.containsKey("content-length")) {
                body.write(data.readNBytes(
                        Integer.parseInt(headers.get("content-length").get(0))));
            } else if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
                for (int size = Integer.parseInt(line(data).strip(), 16);
                        size > 0;
                        size = Integer.parseInt(line(data).strip(), 16)) {
                    body.write(data.readNBytes(size));
                    line(data);
                }
            }
            return new RawAnswer(status, headers, body.toString(StandardCharsets.UTF_8));
        }

        private static String line(DataInputStream data) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = data.read(); c != -1 && c != '\n'; c = data.read()) {
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    @Test
    void onlyAdminsSeeAndConnectMailboxes() throws Exception {
        assertThat(call("agent", "GET", "/api/mailin/mailboxes", null).status()).isEqualTo(403);
        assertThat(call(
                                "manager",
                                "POST",
                                "/api/mailin/mailboxes",
                                """
                {"name": "Mine", "mode": "WEBHOOK", "topic": "returns", "language": "id"}""")
                        .status())
                .isEqualTo(403);
        assertThat(call(null, "GET", "/api/mailin/mailboxes", null).status()).isEqualTo(401);
        assertThat(call("agent", "GET", "/mailin", null).status()).isEqualTo(403);

        Answer refused = call(
                "admin",
                "POST",
                "/api/mailin/mailboxes",
                """
                {"name": "", "mode": "IMAP", "host": "bad host!", "topic": "nope", "language": "fr"}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().toString()).contains("name", "host", "username", "password", "topic", "language");
    }

    Answer post(String path, String raw, String secret) throws IOException, InterruptedException {
        return secret == null
                ? ApiCalls.call(port, null, "POST", path, raw, "Content-Type", "message/rfc822")
                : ApiCalls.call(
                        port,
                        null,
                        "POST",
                        path,
                        raw,
                        "Content-Type",
                        "message/rfc822",
                        WebhookRestController.SECRET_HEADER,
                        secret);
    }
}
