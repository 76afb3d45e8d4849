package dev.kantor.chat.conversation;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, listens for {@link ChatNotify}'s announcements on a connection of its own and wakes this node's
 * waiting readers at once, whichever node wrote ({@link ChatPulse#wake()}). While it listens, the pulse looks at the
 * database only now and then, as a safety net; when the connection breaks, the pulse looks every 100 ms again until
 * listening resumes. It holds one connection of the pool for as long as the node runs.
 *
 * <p>The PostgreSQL driver is only on the runtime class path, so its {@code PGConnection.getNotifications} is called
 * by name.
 */
@Component
class ChatListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChatListener.class);

    /** How long one wait for notifications blocks before it checks whether the node is stopping. */
    private static final int WAIT_MILLIS = 500;

    private static final Duration RETRY = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final ChatNotify notify;
    private final ChatPulse pulse;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong received = new AtomicLong();
    private volatile Thread thread;

    ChatListener(DataSource dataSource, ChatNotify notify, ChatPulse pulse) {
        this.dataSource = dataSource;
        this.notify = notify;
        this.pulse = pulse;
    }

    /** How many announcements this node received: each one woke its waiting readers. */
    long received() {
        return received.get();
    }

    @Override
    public void start() {
        if (!notify.on() || !running.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(this::listen, "chat-listener");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        running.set(false);
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        pulse.listening(false);
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    private void listen() {
        while (running.get()) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + ChatNotify.CHANNEL);
                }
                Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
                Object pg = connection.unwrap(pgConnection);
                Method notifications = pgConnection.getMethod("getNotifications", int.class);
                pulse.listening(true);
                // what was written while nobody listened is found by a look now
                pulse.wake();
                while (running.get()) {
                    Object arrived = notifications.invoke(pg, WAIT_MILLIS);
                    if (arrived != null && Array.getLength(arrived) > 0) {
                        received.addAndGet(Array.getLength(arrived));
                        pulse.wake();
                    }
                }
            } catch (Exception e) {
                pulse.listening(false);
                if (running.get()) {
                    log.warn(
                            "Listening for chat announcements failed, looking every 100 ms meanwhile: {}",
                            e.toString());
                    try {
                        Thread.sleep(RETRY.toMillis());
                    } catch (InterruptedException stopping) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
        pulse.listening(false);
    }
}
