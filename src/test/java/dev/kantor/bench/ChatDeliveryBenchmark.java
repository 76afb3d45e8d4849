package dev.kantor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kantor.chat.conversation.Conversations;
import dev.kantor.people.People;

/**
 * Web chat message delivery on one node: {@code chats} chats under way at once (200 by default), each with its
 * customer and its agent waiting for the next message (long polls: twice as many open requests as chats), while
 * messages are written at a fixed rate, turn about by the agent and by the customer, over HTTP. A message's delivery
 * time runs from just before its POST is sent to the moment the other side's waiting poll answers with it; a message
 * that never arrives counts as lost.
 *
 * <p>The chats are started through the API as customers start them; they are then given to the demo agent straight
 * in the database (so that 200 chats need no 200 / limit agents on the queue: taking chats is not what is measured).
 * Not a test: run with {@code bench/chat-delivery.sh [chats] [seconds] [messages-per-second]}. Loopback only.
 */
public final class ChatDeliveryBenchmark {

    private static final Pattern SENT = Pattern.compile("sent=(\\d+)");
    private static final Pattern LAST_SEQ = Pattern.compile("\"lastSeq\":(\\d+)");
    private static final String AGENT =
            "Basic " + Base64.getEncoder().encodeToString("agent:demo".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    private final int port;
    private final AtomicBoolean measuring = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<Double> delivered = new ConcurrentLinkedQueue<>();
    private final AtomicLong sentWhileMeasuring = new AtomicLong();
    private final AtomicLong pollErrors = new AtomicLong();
    private final AtomicLong writeErrors = new AtomicLong();
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> failures =
            new java.util.concurrent.ConcurrentHashMap<>();

    ChatDeliveryBenchmark(int port) {
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        int chats = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        System.out.println(BenchKantor.machineLine());
        // every chat comes from this one address
        try (BenchKantor kantor = BenchKantor.onPostgres("--kantor.chat.starts-per-window=1000000")) {
            new ChatDeliveryBenchmark(kantor.port()).run(kantor, chats, seconds, rate);
        }
        System.exit(0);
    }

    record Chat(long id, String token, AtomicLong customerSeen, AtomicLong agentSeen) {}

    void run(BenchKantor kantor, int count, int seconds, int rate) throws Exception {
        Conversations conversations = kantor.bean(Conversations.class);
        long agus = kantor.bean(People.class)
                .employeeByEmail("agus.pratama@sinarmaju.example")
                .orElseThrow()
                .getId();
        List<Chat> chats = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> started = http.send(
                    HttpRequest.newBuilder(uri("/api/chat/conversations"))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    """
                                    {"customerName": "Pelanggan %d", "topic": "warranty", "language": "id",
                                     "message": "Blender saya mati."}"""
                                            .formatted(i),
                                    StandardCharsets.UTF_8))
                            .header("Content-Type", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 201) {
                throw new IllegalStateException("starting a chat: " + started.statusCode() + " " + started.body());
            }
            String cookie = started.headers().firstValue("Set-Cookie").orElseThrow();
            String token = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
            chats.add(new Chat(0, token, new AtomicLong(1), new AtomicLong(1)));
        }
        List<Long> ids = conversations.waiting().stream().map(c -> c.id()).toList();
        // one agent holds them all, far beyond what the chat queue allows a person (taking chats is not measured):
        // their limit is raised in the database, where every accept counts their chats against it
        kantor.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("update chat_agent set max_chats = ? where employee_id = ?")
                .params(count, agus)
                .update();
        List<Chat> held = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (conversations.accept(ids.get(i), agus, Instant.now()) != Conversations.Acceptance.ACCEPTED) {
                throw new IllegalStateException("the agent could not take chat " + ids.get(i));
            }
            held.add(new Chat(ids.get(i), chats.get(i).token(), new AtomicLong(1), new AtomicLong(1)));
        }
        System.out.printf(
                "%d chats under way, %d long polls open; %d messages/s for %d s%n", count, 2 * count, rate, seconds);
        held.forEach(c -> {
            pollCustomer(c);
            pollAgent(c);
        });
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger next = new AtomicInteger();
        long periodMicros = 1_000_000L / rate;
        writer.scheduleAtFixedRate(
                () -> write(held.get(next.get() % count), next.getAndIncrement() / count % 2 == 0),
                0,
                periodMicros,
                TimeUnit.MICROSECONDS);
        Thread.sleep(10_000); // warm-up
        measuring.set(true);
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        writer.shutdownNow();
        Thread.sleep(3_000); // what was sent last arrives
        running.set(false);
        report(seconds);
    }

    private void write(Chat chat, boolean byAgent) {
        long sent = System.nanoTime();
        boolean counted = measuring.get();
        if (counted) {
            sentWhileMeasuring.incrementAndGet();
        }
        String body = "{\"text\": \"" + (counted ? "m" : "w") + " sent=" + sent + "\"}";
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        uri(byAgent ? "/api/chat/chats/" + chat.id() + "/messages" : "/api/chat/conversation/messages"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        request = byAgent
                ? request.header("Authorization", AGENT)
                : request.header("Cookie", "KANTOR_CHAT=" + chat.token());
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
            if (e != null || r.statusCode() != 201) {
                writeErrors.incrementAndGet();
                failures.merge(e != null ? cause(e) : "write " + r.statusCode(), 1, Integer::sum);
            }
        });
    }

    private void pollCustomer(Chat chat) {
        poll(
                chat.customerSeen(),
                () -> HttpRequest.newBuilder(uri("/api/chat/conversation?after="
                                + chat.customerSeen().get()))
                        .header("Cookie", "KANTOR_CHAT=" + chat.token())
                        .timeout(Duration.ofSeconds(40))
                        .build(),
                "\"author\":\"AGENT\"");
    }

    private void pollAgent(Chat chat) {
        poll(
                chat.agentSeen(),
                () -> HttpRequest.newBuilder(uri("/api/chat/chats/" + chat.id() + "?after="
                                + chat.agentSeen().get()))
                        .header("Authorization", AGENT)
                        .timeout(Duration.ofSeconds(40))
                        .build(),
                "\"author\":\"CUSTOMER\"");
    }

    /** Asks for what comes after the last seen, records the other side's measured messages, asks again. */
    private void poll(AtomicLong seen, java.util.function.Supplier<HttpRequest> request, String fromOtherSide) {
        if (!running.get()) {
            return;
        }
        CompletableFuture<HttpResponse<String>> answer =
                http.sendAsync(request.get(), HttpResponse.BodyHandlers.ofString());
        answer.whenComplete((r, e) -> {
            long now = System.nanoTime();
            if (e != null || r.statusCode() != 200) {
                pollErrors.incrementAndGet();
                failures.merge(e != null ? cause(e) : "poll " + r.statusCode(), 1, Integer::sum);
            } else {
                String body = r.body();
                // one message object per '{"seq"'; only those of the other side, sent while measuring, count
                for (String message : body.split("\\{\"seq\"")) {
                    if (message.contains(fromOtherSide) && message.contains("\"text\":\"m sent=")) {
                        Matcher sent = SENT.matcher(message);
                        if (sent.find()) {
                            delivered.add((now - Long.parseLong(sent.group(1))) / 1_000_000.0);
                        }
                    }
                }
                Matcher last = LAST_SEQ.matcher(body);
                if (last.find()) {
                    seen.set(Math.max(seen.get(), Long.parseLong(last.group(1))));
                }
            }
            poll(seen, request, fromOtherSide);
        });
    }

    private void report(int seconds) {
        double[] ms =
                delivered.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                "sent while measuring: %d (%.1f/s); delivered: %d; lost: %d; write errors: %d; poll errors: %d%n",
                sentWhileMeasuring.get(),
                sentWhileMeasuring.get() / (double) seconds,
                ms.length,
                sentWhileMeasuring.get() - ms.length,
                writeErrors.get(),
                pollErrors.get());
        System.out.printf(
                "delivery ms: p50 %.1f, p90 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
                percentile(ms, 50),
                percentile(ms, 90),
                percentile(ms, 95),
                percentile(ms, 99),
                ms.length == 0 ? Double.NaN : ms[ms.length - 1]);
        System.out.println("failures: " + failures);
        System.out.printf("p99 target 500 ms: %s%n", percentile(ms, 99) <= 500 ? "met" : "MISSED");
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private static String cause(Throwable e) {
        Throwable c = e.getCause() != null ? e.getCause() : e;
        return c.getClass().getSimpleName() + ": " + c.getMessage();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
