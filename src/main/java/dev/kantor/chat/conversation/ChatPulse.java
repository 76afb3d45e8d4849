package dev.kantor.chat.conversation;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Readers waiting for a chat's next message (long polls), answered as soon as the chat's latest sequence number
 * in the database passes what they saw. One query per look for all the chats waited on, every
 * {@code kantor.chat.look-every} (100 ms): a message written on another node reaches a reader here within that;
 * one written on this node is looked for right after it commits. On PostgreSQL every write is also announced
 * ({@link ChatNotify}) and heard by every node ({@link ChatListener}), which looks at once; while it hears them, the
 * scheduled looks are only a safety net, every 2 s, so that idle readers cost the database almost nothing. Nothing here is more than a list of who waits:
 * the messages are in the database, and a node that restarts loses only open polls, which the clients repeat.
 */
@Component
public class ChatPulse {

    private static final Logger log = LoggerFactory.getLogger(ChatPulse.class);

    /** As many answers read at once as the database pool comfortably gives connections to. */
    private static final int ANSWERING_THREADS = 4;

    private final Conversations conversations;
    private final ChatNotify notify;
    private final long fallbackNanos;
    private final Map<Long, Set<Waiter>> waiting = new ConcurrentHashMap<>();
    private final AtomicBoolean lookPending = new AtomicBoolean();
    private final AtomicBoolean listening = new AtomicBoolean();
    private volatile long lastLook = System.nanoTime();
    private final ScheduledExecutorService looker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "chat-pulse");
        t.setDaemon(true);
        return t;
    });
    // answers are read off the looking thread, so that one slow answer delays no other chat's look
    private final ExecutorService answering = Executors.newFixedThreadPool(ANSWERING_THREADS, r -> {
        Thread t = new Thread(r, "chat-answer");
        t.setDaemon(true);
        return t;
    });

    ChatPulse(
            Conversations conversations,
            ChatNotify notify,
            @Value("${kantor.chat.look-every:PT0.1S}") Duration every,
            @Value("${kantor.chat.look-every-listening:PT2S}") Duration whileListening) {
        this.conversations = conversations;
        this.notify = notify;
        this.fallbackNanos = whileListening.toNanos();
        looker.scheduleWithFixedDelay(this::lookOnSchedule, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * An answer given when the chat has a message after {@code after}, or when {@code timeout} runs out, whichever
     * comes first; {@code answer} reads what the reader may see at that moment.
     */
    public <T> DeferredResult<T> await(long conversationId, long after, Duration timeout, Supplier<T> answer) {
        DeferredResult<T> result = new DeferredResult<>(timeout.toMillis());
        Waiter waiter = new Waiter(after, new AtomicBoolean(), () -> {
            try {
                result.setResult(answer.get());
            } catch (RuntimeException e) {
                // answered as the request would have been: a refusal (the chat moved on), or an error
                result.setErrorResult(e);
            }
        });
        Set<Waiter> set = waiting.computeIfAbsent(conversationId, id -> ConcurrentHashMap.newKeySet());
        set.add(waiter);
        result.onCompletion(() -> forget(conversationId, waiter));
        // answered within the time-out callback itself: a result set later would come too late
        result.onTimeout(waiter::fire);
        result.onError(e -> forget(conversationId, waiter));
        return result;
    }

    /**
     * Looks again right after the current transaction commits (now, without one): a message was written. Looks
     * asked for while one is pending are one look, so that a burst of messages costs one query.
     */
    public void written(long conversationId) {
        // other nodes hear of it when it commits (PostgreSQL); this one looks right after its commit
        notify.announce(conversationId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    lookSoon();
                }
            });
        } else {
            lookSoon();
        }
    }

    private void lookSoon() {
        if (lookPending.compareAndSet(false, true)) {
            looker.execute(() -> {
                lookPending.set(false);
                lookSafely();
            });
        }
    }

    /** Looks now: some node announced a change ({@link ChatListener}). */
    void wake() {
        lookSoon();
    }

    /**
     * Whether this node hears every node's announcements: while it does, the scheduled looks are a safety net,
     * taken every {@code kantor.chat.look-every-listening} (2 s) instead of every 100 ms.
     */
    void listening(boolean on) {
        listening.set(on);
    }

    /** Whether this node hears every node's announcements now. */
    public boolean isListening() {
        return listening.get();
    }

    /** How many readers wait on this node. */
    public int waitingReaders() {
        return waiting.values().stream().mapToInt(Set::size).sum();
    }

    private void lookOnSchedule() {
        if (listening.get() && System.nanoTime() - lastLook < fallbackNanos) {
            return;
        }
        lookSafely();
    }

    private void lookSafely() {
        lastLook = System.nanoTime();
        try {
            if (!waiting.isEmpty()) {
                look(waiting.keySet());
            }
        } catch (RuntimeException e) {
            // the next look tries again; a poll that is not answered now times out and is repeated
            log.warn("Looking for new chat messages failed: {}", e.toString());
        }
    }

    private void look(Set<Long> conversationIds) {
        Set<Long> ids = Set.copyOf(conversationIds);
        if (ids.isEmpty()) {
            return;
        }
        conversations.lastSeqs(ids).forEach((id, seq) -> {
            Set<Waiter> set = waiting.get(id);
            if (set != null) {
                set.stream().filter(w -> seq > w.after()).forEach(w -> answering.execute(w::fire));
            }
        });
    }

    private void forget(long conversationId, Waiter waiter) {
        waiting.computeIfPresent(conversationId, (id, set) -> {
            set.remove(waiter);
            return set.isEmpty() ? null : set;
        });
    }

    @PreDestroy
    void stop() {
        looker.shutdownNow();
        answering.shutdownNow();
    }

    private record Waiter(long after, AtomicBoolean fired, Runnable answer) {

        void fire() {
            if (fired.compareAndSet(false, true)) {
                try {
                    answer.run();
                } catch (RuntimeException e) {
                    log.warn("Answering a chat reader failed: {}", e.toString());
                }
            }
        }
    }
}
