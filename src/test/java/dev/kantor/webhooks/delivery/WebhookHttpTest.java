package dev.kantor.webhooks.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import dev.kantor.webhooks.subscriptions.OutboundAddresses;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks connect to the address they checked: the receiver's name is resolved once per connection,
 * every address is checked, and a name that answers a public address to one lookup and a private one
 * to the next (DNS rebinding) never reaches Kantor's own network. The receiver here is the JDK's HTTP
 * server on the loopback address; the resolvers are the test's.
 */
class WebhookHttpTest {

    static final InetAddress PUBLIC = address(93, 184, 216, 34);
    static final InetAddress LOOPBACK = address(127, 0, 0, 1);
    /** An address nothing answers on: reaching for it would time out. */
    static final InetAddress NOWHERE = address(10, 255, 255, 1);

    static HttpServer receiver;
    static final Queue<String> HOSTS = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            HOSTS.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @BeforeEach
    void nothingReceived() {
        HOSTS.clear();
    }

    String url(String host) {
        return "http://" + host + ":" + receiver.getAddress().getPort() + "/hook";
    }

    /** A resolver that answers each lookup of a name with the next of its answers (the last one again at the end). */
    static OutboundAddresses.Resolver answering(AtomicInteger lookups, List<InetAddress[]> answers) {
        return host -> {
            int n = lookups.getAndIncrement();
            return answers.get(Math.min(n, answers.size() - 1));
        };
    }

    @Test
    void aNameThatAnswersPublicToTheCheckAndPrivateToTheConnectionReachesNothing() throws IOException {
        AtomicInteger lookups = new AtomicInteger();
        OutboundAddresses addresses = new OutboundAddresses(
                false, answering(lookups, List.of(new InetAddress[] {PUBLIC}, new InetAddress[] {LOOPBACK})));
        // the check when subscribing sees a public address
        assertThat(addresses.refusal(url("rebinding.test"))).isEmpty();

        try (WebhookHttp http = new WebhookHttp(addresses, Duration.ofSeconds(2), Duration.ofSeconds(2), 1)) {
            assertThatThrownBy(() -> http.post(url("rebinding.test"), Map.of(), "{}"))
                    .isInstanceOf(OutboundAddresses.Refused.class)
                    .extracting(e -> ((OutboundAddresses.Refused) e).messageKey())
                    .isEqualTo("webhooks.url-private");
        }
        assertThat(HOSTS).as("nothing reached Kantor's own network").isEmpty();
    }

    @Test
    void aNameWithOnePublicAndOnePrivateAddressIsRefused() throws IOException {
        OutboundAddresses addresses = new OutboundAddresses(
                false, answering(new AtomicInteger(), List.<InetAddress[]>of(new InetAddress[] {PUBLIC, LOOPBACK})));

        assertThat(addresses.refusal(url("mixed.test"))).contains("webhooks.url-private");
        try (WebhookHttp http = new WebhookHttp(addresses, Duration.ofSeconds(2), Duration.ofSeconds(2), 1)) {
            assertThatThrownBy(() -> http.post(url("mixed.test"), Map.of(), "{}"))
                    .isInstanceOf(OutboundAddresses.Refused.class);
        }
        assertThat(HOSTS).isEmpty();
    }

    @Test
    void anAddressLiteralIsCheckedToo() throws IOException {
        OutboundAddresses addresses = new OutboundAddresses(false);
        try (WebhookHttp http = new WebhookHttp(addresses, Duration.ofSeconds(2), Duration.ofSeconds(2), 1)) {
            assertThatThrownBy(() -> http.post(url("127.0.0.1"), Map.of(), "{}"))
                    .isInstanceOf(OutboundAddresses.Refused.class);
        }
        assertThat(HOSTS).isEmpty();
    }

    @Test
    void theConnectionGoesToTheAddressOfItsOneLookupAndTheRequestKeepsTheName() throws IOException {
        AtomicInteger lookups = new AtomicInteger();
        // private addresses allowed (the receiver is on loopback); a second lookup would answer nowhere
        OutboundAddresses addresses = new OutboundAddresses(
                true, answering(lookups, List.of(new InetAddress[] {LOOPBACK}, new InetAddress[] {NOWHERE})));

        try (WebhookHttp http = new WebhookHttp(addresses, Duration.ofSeconds(2), Duration.ofSeconds(2), 1)) {
            assertThat(http.post(url("receiver.test"), Map.of("X-Kantor-Event", "case.opened"), "{}"))
                    .isEqualTo(204);
        }
        assertThat(lookups).hasValue(1);
        assertThat(HOSTS)
                .containsExactly("receiver.test:" + receiver.getAddress().getPort());
    }

    private static InetAddress address(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
